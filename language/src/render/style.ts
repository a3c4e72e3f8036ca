/**
 * The look of a family document and of a report: calm, readable, printable. Colours follow
 * the reader's light or dark setting, or, in an editor's preview, the editor's theme.
 */
const COLOURS_SYSTEM = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --accent: #0b5cad; --words: #fff8e1; --words-edge: #c28b00; --fact: #e6f4ea; --fact-edge: #1a7f37; --opinion: #eef2ff;
  --opinion-edge: #5a4fcf; --plain: #0b5cad; --good: #1a7f37; --part: #9a6700; --bad: #cf222e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
    --words: #2b2411; --words-edge: #d29922; --fact: #122117; --fact-edge: #3fb950; --opinion: #1b1d33;
    --opinion-edge: #a5a0ff; --plain: #79c0ff; --good: #3fb950; --part: #d29922; --bad: #f85149; }
}`;

/** For a preview inside VS Code: the editor's own colours, with the same names. */
const COLOURS_EDITOR = `
:root { --fg: var(--vscode-editor-foreground, #1f2328); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e); --line: var(--vscode-panel-border, #d1d9e0);
  --panel: var(--vscode-textBlockQuote-background, #f6f8fa); --accent: var(--vscode-textLink-foreground, #0b5cad);
  --words: var(--vscode-textBlockQuote-background, #fff8e1); --words-edge: var(--vscode-editorWarning-foreground, #c28b00);
  --fact: var(--vscode-editor-background, #e6f4ea); --fact-edge: var(--vscode-testing-iconPassed, #1a7f37);
  --opinion: var(--vscode-editor-background, #eef2ff); --opinion-edge: var(--vscode-editorInfo-foreground, #5a4fcf);
  --plain: var(--vscode-textLink-foreground, #0b5cad); --good: var(--vscode-testing-iconPassed, #1a7f37);
  --part: var(--vscode-editorWarning-foreground, #9a6700); --bad: var(--vscode-editorError-foreground, #cf222e); }`;

const LAYOUT = `
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
main.wide { max-width: 72rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.5rem 0; }
a { color: var(--accent); }
.notice { background: var(--panel); border: 1px dashed var(--line); padding: 0.5rem 0.75rem; border-radius: 6px; color: var(--muted); }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
dl.details dt { color: var(--muted); }
dl.details dd { margin: 0; }
figure.words { margin: 1rem 0; padding: 0.5rem 1rem; background: var(--words); border-left: 4px solid var(--words-edge); border-radius: 0 6px 6px 0; }
figure.words figcaption { font-size: 0.9rem; color: var(--muted); }
figure.words blockquote { margin: 0.25rem 0; font-size: 1.1rem; }
figure.words blockquote p { margin: 0.25rem 0; }
.fact, .opinion { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid; border-radius: 0 6px 6px 0; }
.fact { background: var(--fact); border-color: var(--fact-edge); }
.opinion { background: var(--opinion); border-color: var(--opinion-edge); }
.tag { display: inline-block; font-size: 0.8rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.fact .basis, .opinion .basis { font-size: 0.95rem; color: var(--muted); }
.labelled .label { font-weight: 600; }
.plain { color: var(--plain); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.97rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
th button { all: unset; cursor: pointer; font: inherit; color: inherit; text-align: inherit; }
th button:focus-visible { outline: 2px solid var(--accent); }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
td.num, th.num { text-align: right; }
.met { color: var(--good); font-weight: 600; }
.partly { color: var(--part); font-weight: 600; }
.not-met { color: var(--bad); font-weight: 600; }
.na { color: var(--muted); }
ul.findings { padding-left: 1.25rem; }
ul.findings code { font-size: 0.9rem; }
@media print { body { background: #fff; color: #000; } main { max-width: none; } a { color: inherit; } }
`;

export type Colours = 'system' | 'editor';

export function stylesheet(colours: Colours = 'system'): string {
    return (colours === 'editor' ? COLOURS_EDITOR : COLOURS_SYSTEM) + LAYOUT;
}
