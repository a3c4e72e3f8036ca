-- Starts the Assessment Lens language server in Neovim (0.7 or newer) the way docs/editors.md
-- describes, opens a record, waits for its findings, asks the server to format it, and writes
-- what happened to the file named in LENS_RESULT. Run headless by test/cli/editors.test.ts.
local node = vim.env.LENS_NODE
local server = vim.env.LENS_SERVER
local record = vim.env.LENS_RECORD
local result = vim.env.LENS_RESULT

vim.cmd([[autocmd BufRead,BufNewFile *.assessment,*.plan setfiletype assessmentlens]])

local function start()
  local config = { name = 'assessment-lens', cmd = { node, server, '--stdio' }, root_dir = vim.fn.fnamemodify(record, ':p:h') }
  if vim.lsp.start then
    return vim.lsp.start(config)
  end
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(0, id)
  return id
end

vim.cmd('edit ' .. vim.fn.fnameescape(record))
local id = start()
local out = { client = id ~= nil, diagnostics = {}, formatted = false }

vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out.diagnostics, { line = d.lnum + 1, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end

local before = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
if vim.lsp.buf.format then
  vim.lsp.buf.format({ timeout_ms = 10000 })
else
  vim.lsp.buf.formatting_sync(nil, 10000)
end
out.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
out.formatted = out.text ~= before

local file = io.open(result, 'w')
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd('qa!')
