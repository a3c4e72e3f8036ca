/**
 * The scripts that run inside the preview and the report, as text (they run in the webview,
 * not in the extension). They talk to the extension only through `postMessage`.
 */

/**
 * The preview: replaces its content on "update", follows the editor on "scroll" (placing the
 * record's line at the top, between the blocks around it), reports its own scrolling as a
 * line, and a click on a block asks the editor to show that line.
 */
export const PREVIEW_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  let followingEditor = 0;
  let scrollSync = true;

  function blocks() {
    const seen = new Set();
    const list = [];
    content.querySelectorAll('[data-line]').forEach(function (el) {
      const line = Number(el.getAttribute('data-line'));
      if (!Number.isInteger(line) || seen.has(line)) return;
      seen.add(line);
      list.push({ el: el, line: line, top: el.getBoundingClientRect().top + window.scrollY });
    });
    list.sort(function (a, b) { return a.line - b.line; });
    return list;
  }

  function scrollToLine(line) {
    const list = blocks();
    if (list.length === 0) return;
    let before = list[0];
    let after;
    for (const b of list) {
      if (b.line <= line) before = b; else { after = b; break; }
    }
    let top = before.top;
    if (after && after.line > before.line && line > before.line) {
      top += (after.top - before.top) * (line - before.line) / (after.line - before.line);
    }
    followingEditor = Date.now();
    window.scrollTo(0, Math.max(0, top - 8));
  }

  function lineAtTop() {
    const list = blocks();
    if (list.length === 0) return undefined;
    const y = window.scrollY + 8;
    let before = list[0];
    let after;
    for (const b of list) {
      if (b.top <= y) before = b; else { after = b; break; }
    }
    if (!after || after.top === before.top || y <= before.top) return before.line;
    return before.line + Math.floor((after.line - before.line) * (y - before.top) / (after.top - before.top));
  }

  window.addEventListener('message', function (event) {
    const message = event.data || {};
    if (message.type === 'update') {
      const y = window.scrollY;
      content.innerHTML = message.html;
      if (typeof message.scrollSync === 'boolean') scrollSync = message.scrollSync;
      if (typeof message.line === 'number' && scrollSync) scrollToLine(message.line);
      else { followingEditor = Date.now(); window.scrollTo(0, y); }
    } else if (message.type === 'scroll' && typeof message.line === 'number') {
      scrollToLine(message.line);
    }
  });

  let pending = false;
  window.addEventListener('scroll', function () {
    if (!scrollSync || pending) return;
    if (Date.now() - followingEditor < 150) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      const line = lineAtTop();
      if (line !== undefined) vscode.postMessage({ type: 'scrolled', line: line });
    });
  }, { passive: true });

  document.addEventListener('click', function (event) {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: Number(target.getAttribute('data-line')) });
  });

  vscode.postMessage({ type: 'ready' });
})();
`;

/**
 * The report: replaces its content on "update"; a finding's link asks the editor to show
 * its place in the record.
 */
export const REPORT_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  window.addEventListener('message', function (event) {
    const message = event.data || {};
    if (message.type === 'update') {
      const y = window.scrollY;
      content.innerHTML = message.html;
      window.scrollTo(0, y);
    }
  });
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('a[data-line]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: Number(link.getAttribute('data-line')), column: Number(link.getAttribute('data-column') || 0) });
  });
  vscode.postMessage({ type: 'ready' });
})();
`;
