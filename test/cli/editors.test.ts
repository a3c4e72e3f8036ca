import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { NODE } from '../helpers/cli.js';
import { StdioClient } from '../helpers/lsp-client.js';

/** docs/editors.md promises a server any LSP client can start with `node out/server/main.cjs --stdio`. */
const SERVER = resolve('out', 'server', 'main.cjs');

const messy = 'plan "Plan for Amira"\n\tkind: child in need plan\n  people\n    mother Sara "Sara Hassan"\n'
    + '  outcome attendance:   Amira goes to school every day.\n      action: Someone walks Amira to school.\n';

describe('any LSP client', () => {
    const client = new StdioClient({ today: '2026-05-01' }, SERVER);
    afterAll(() => { if (client.process.exitCode === null) client.process.kill(); });

    test('the server offers Format Document and formats a record over stdio', async () => {
        const { capabilities } = await client.initialize();
        expect(capabilities).toMatchObject({ documentFormattingProvider: true, documentRangeFormattingProvider: true });
        const uri = pathToFileURL(join(tmpdir(), 'lens-editors', 'messy.plan')).href;
        await client.open(uri, messy);
        const edits = await client.request<Array<{ newText: string }>>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
        expect(edits.length).toBeGreaterThan(0);
        expect(edits.every(e => /^\s*$/.test(e.newText))).toBe(true);
        expect(await client.shutdown()).toBe(0);
    });
});

// Neovim is not needed by the project; when it is installed, the setup in docs/editors.md is tried for real.
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNeovim = nvim.status === 0 && /NVIM v0\.([7-9]|\d{2,})|NVIM v[1-9]/.test(nvim.stdout);

describe.skipIf(!hasNeovim)('Neovim (when installed)', () => {
    test('starts the server as docs/editors.md says, shows the findings, and formats through the server', () => {
        const dir = mkdtempSync(join(tmpdir(), 'lens-nvim-'));
        const record = join(dir, 'amira.plan');
        const result = join(dir, 'result.json');
        writeFileSync(record, messy);
        const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${resolve('test', 'cli', 'nvim', 'start-server.lua')}`], {
            cwd: dir, encoding: 'utf8', timeout: 90_000,
            env: { ...process.env, LENS_NODE: NODE, LENS_SERVER: SERVER, LENS_RECORD: record, LENS_RESULT: result, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir }
        });
        expect(run.status, run.stderr).toBe(0);
        const seen = JSON.parse(readFileSync(result, 'utf8')) as { client: boolean; diagnostics: Array<{ line: number; code: string }>; formatted: boolean; text: string };
        expect(seen.client).toBe(true);
        expect(seen.diagnostics).toContainEqual(expect.objectContaining({ line: 6, code: 'action/who' }));
        expect(seen.formatted).toBe(true);
        expect(seen.text.split('\n').slice(0, 2)).toEqual(['plan "Plan for Amira"', '  kind: child in need plan']);
    });
});
