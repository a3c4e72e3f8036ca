import type { Block, Inline, RenderedRecord } from './document.js';
import { possessive } from './html.js';

/** A family document as Markdown: readable as plain text, and tidy wherever Markdown is shown. */
export function recordToMarkdown(record: RenderedRecord): string {
    return record.blocks.map(blockToMarkdown).join('\n\n') + '\n';
}

function blockToMarkdown(block: Block): string {
    switch (block.type) {
        case 'heading':
            return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
        case 'notice':
            return `*${escapeMarkdown(block.text)}*`;
        case 'paragraph':
            return inlineMarkdown(block.text);
        case 'details':
            return block.rows.map(r => `- **${escapeMarkdown(r.label)}:** ${inlineMarkdown(r.text)}`).join('\n');
        case 'words':
            return `*In ${escapeMarkdown(possessive(block.speaker))} own words:*\n\n${block.lines.map(l => `> “${escapeMarkdown(l)}”`).join('\n>\n')}`;
        case 'fact':
            return `**Fact:** ${inlineMarkdown(block.text)}  \n*Where this comes from:* ${block.source ? inlineMarkdown(block.source) : 'not written down.'}`;
        case 'opinion':
            return `**${block.whose ? `Opinion of ${escapeMarkdown(block.whose)}` : 'Opinion (whose is not written down)'}:** ${inlineMarkdown(block.text)}  \n`
                + `*Based on:* ${block.basedOn ? inlineMarkdown(block.basedOn) : 'not written down.'}`;
        case 'labelled':
            return `**${escapeMarkdown(block.label)}:** ${inlineMarkdown(block.text)}`;
        case 'list':
            return block.items.map(i => `- ${inlineMarkdown(i)}`).join('\n');
        case 'table':
            return [
                `| ${block.columns.map(c => cell(escapeMarkdown(c))).join(' | ')} |`,
                `| ${block.columns.map(() => '---').join(' | ')} |`,
                ...block.rows.map(row => `| ${row.map(c => cell(inlineMarkdown(c))).join(' | ')} |`)
            ].join('\n');
    }
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ') || ' ';
}

function inlineMarkdown(text: readonly Inline[]): string {
    return text.map(part => typeof part === 'string' ? escapeMarkdown(part) : `${escapeMarkdown(part.term)} (*${escapeMarkdown(part.plain)}*)`).join('');
}

/** Writing that Markdown would otherwise read as formatting is shown as written. */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\\`*_[\]<>|]/g, c => `\\${c}`)
        .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/, '$1\\$2');
}
