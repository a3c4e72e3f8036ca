/**
 * The pages inside the preview and the report: a strict content security policy (nothing
 * loaded from anywhere, no script but our own inline one, marked with a fresh nonce), the
 * server's stylesheet inlined, and the content placed in `#content` so that it can be
 * replaced without reloading the page.
 */

/** A fresh random nonce for one page. */
export function makeNonce(): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export interface PageParts {
    title: string;
    css: string;
    /** the body fragment from the server */
    body: string;
    script: string;
    nonce?: string;
}

export function webviewPage(parts: PageParts): string {
    const nonce = parts.nonce ?? makeNonce();
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        "img-src 'none'",
        "font-src 'none'",
        "connect-src 'none'",
        "frame-src 'none'",
        "form-action 'none'",
        "base-uri 'none'"
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${nonce}">${parts.css.replace(/<\//g, '<\\/')}
${WEBVIEW_CSS}</style>
</head>
<body>
<div id="content">${parts.body}</div>
<script nonce="${nonce}">${parts.script}</script>
</body>
</html>`;
}

/** What the editor's pages add to the server's stylesheet: the editor's font size, and a visible focus. */
const WEBVIEW_CSS = `
body { font-size: var(--vscode-font-size, 13px); }
main { font-size: 1.05rem; }
[data-line] { scroll-margin-top: 0.5rem; }
.lens-message { margin: 2rem auto; max-width: 40rem; padding: 1rem; border: 1px solid var(--line, #d1d9e0); border-radius: 6px; }
a:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0b5cad); }
`;

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

/** A message in place of the content, such as why the preview could not be made. */
export function messageHtml(text: string): string {
    return `<main><p class="lens-message" role="status">${escapeHtml(text)}</p></main>`;
}
