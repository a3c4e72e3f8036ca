export * from './document.js';
export { renderRecord, type RenderOptions } from './record.js';
export { recordToHtml, page, escapeHtml, type HtmlOptions } from './html.js';
export { recordToMarkdown, escapeMarkdown } from './markdown.js';
export { stylesheet, type Colours } from './style.js';
