import type { Block, Inline, RenderedRecord } from './document.js';
import { stylesheet, type Colours } from './style.js';

export interface HtmlOptions {
    /** a whole page (the default), or only the document's body, for a preview to place */
    fragment?: boolean;
    colours?: Colours;
}

/** A family document as one HTML page: its own small stylesheet, no scripts, nothing fetched from elsewhere. */
export function recordToHtml(record: RenderedRecord, options: HtmlOptions = {}): string {
    const body = `<main class="record">\n${record.blocks.map(blockToHtml).join('\n')}\n</main>`;
    return options.fragment ? body : page(record.title, body, options.colours);
}

/** A complete page around a body: UTF-8, fits a phone, follows light and dark. */
export function page(title: string, body: string, colours: Colours = 'system', script = ''): string {
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${stylesheet(colours)}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>\n` : ''}</body>
</html>
`;
}

function blockToHtml(block: Block): string {
    const line = block.line === undefined ? '' : ` data-line="${block.line}"`;
    switch (block.type) {
        case 'heading':
            return `<h${block.level}${block.id ? ` id="${escapeHtml(block.id)}"` : ''}${line}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'notice':
            return `<p class="notice"${line}>${escapeHtml(block.text)}</p>`;
        case 'paragraph':
            return `<p${line}>${inlineHtml(block.text)}</p>`;
        case 'details':
            return `<dl class="details"${line}>\n${block.rows.map(r => `<dt>${escapeHtml(r.label)}</dt><dd>${inlineHtml(r.text)}</dd>`).join('\n')}\n</dl>`;
        case 'words':
            return `<figure class="words${block.child ? ' child' : ''}"${line}>\n<figcaption>In ${escapeHtml(possessive(block.speaker))} own words</figcaption>\n`
                + `<blockquote>\n${block.lines.map(l => `<p>“${escapeHtml(l)}”</p>`).join('\n')}\n</blockquote>\n</figure>`;
        case 'fact':
            return `<div class="fact"${line}><span class="tag">Fact</span><p>${inlineHtml(block.text)}</p>`
                + (block.source ? `<p class="basis">Where this comes from: ${inlineHtml(block.source)}</p>` : '<p class="basis">Where this comes from is not written down.</p>')
                + '</div>';
        case 'opinion':
            return `<div class="opinion"${line}><span class="tag">${block.whose ? `Opinion of ${escapeHtml(block.whose)}` : 'Opinion (whose is not written down)'}</span><p>${inlineHtml(block.text)}</p>`
                + (block.basedOn ? `<p class="basis">Based on: ${inlineHtml(block.basedOn)}</p>` : '<p class="basis">What it is based on is not written down.</p>')
                + '</div>';
        case 'labelled':
            return `<p class="labelled"${line}><span class="label">${escapeHtml(block.label)}:</span> ${inlineHtml(block.text)}</p>`;
        case 'list':
            return `<ul${line}>\n${block.items.map(i => `<li>${inlineHtml(i)}</li>`).join('\n')}\n</ul>`;
        case 'table':
            return `<table${line}>\n<thead><tr>${block.columns.map(c => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>\n<tbody>\n`
                + block.rows.map((row, i) => `<tr${rowLine(block.rowLines?.[i])}>${row.map(cell => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`).join('\n')
                + '\n</tbody>\n</table>';
    }
}

function rowLine(line: number | undefined): string {
    return line === undefined ? '' : ` data-line="${line}"`;
}

function inlineHtml(text: readonly Inline[]): string {
    return text.map(part => typeof part === 'string' ? escapeHtml(part)
        : `${escapeHtml(part.term)} <span class="plain">(${escapeHtml(part.plain)})</span>`).join('');
}

export function possessive(name: string): string {
    if (name === 'their' || name === 'the children') return name === 'their' ? 'their' : "the children's";
    return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}
