import type { Content, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { oneLine, type SourceBlock, type SourceSpan } from './model.js';

/**
 * Reads Markdown (with GitHub's tables) as a document, with a real Markdown parser that says
 * where each piece stands in the text. Headings and list items are writing; code, HTML and
 * links' addresses are not: they are left out of the checks.
 */
export function readMarkdown(text: string): SourceBlock[] {
    const tree: Root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const blocks: SourceBlock[] = [];
    walk(tree, text, blocks, false);
    return blocks;
}

type Node = Root | Content;

function walk(node: Node, source: string, blocks: SourceBlock[], inList: boolean): void {
    switch (node.type) {
        case 'heading': {
            const span = spanOf(node, source);
            if (span) blocks.push({ kind: 'heading', level: node.depth, text: wordsOf(node.children), span });
            return;
        }
        case 'paragraph': {
            const span = spanOf(node, source);
            if (span) blocks.push({ kind: 'paragraph', text: wordsOf(node.children), span, ...(inList ? { item: true } : {}) });
            return;
        }
        case 'table':
            blocks.push({
                kind: 'table',
                rows: node.children.map(row => row.children.map(cell => ({ text: wordsOf(cell.children), span: spanOf(cell, source) })))
            });
            return;
        case 'code':
        case 'html':
        case 'thematicBreak':
        case 'definition':
        case 'yaml':
            return;
        case 'list':
            for (const item of node.children) walk(item, source, blocks, true);
            return;
        case 'listItem':
            // The first paragraph of an item is the item; later ones are paragraphs within it.
            node.children.forEach((child, i) => walk(child, source, blocks, inList && i === 0));
            return;
        default:
            if ('children' in node) for (const child of (node as Parent).children) walk(child as Content, source, blocks, false);
    }
}

/** The words of inline content, as a reader sees them: no markup, a link's words without its address. */
function wordsOf(children: readonly PhrasingContent[]): string {
    const parts: string[] = [];
    const visit = (nodes: readonly PhrasingContent[]) => {
        for (const n of nodes) {
            if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
            else if (n.type === 'break') parts.push(' ');
            else if (n.type === 'image') parts.push(n.alt ?? '');
            else if ('children' in n) visit(n.children as PhrasingContent[]);
        }
    };
    visit(children);
    return oneLine(parts.join(''));
}

/**
 * Where a block's writing stands: the source from its start, as long as the block, with every
 * character that is not part of its text (markup, addresses, code, `>` at the start of a
 * quoted line) as a space.
 */
function spanOf(node: { position?: Node['position']; children: readonly PhrasingContent[] }, source: string): SourceSpan | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) return undefined;
    const out = new Array<string>(end - start).fill(' ');
    const place = (n: PhrasingContent) => {
        if (n.type === 'text') {
            const from = n.position?.start.offset;
            const to = n.position?.end.offset;
            if (from !== undefined && to !== undefined) align(n.value, source, from, to, start, out);
        } else if ('children' in n) {
            // emphasis, strong, a link's words (never its address)
            for (const child of n.children as PhrasingContent[]) place(child);
        }
    };
    for (const child of node.children) place(child);
    const text = out.join('');
    return text.trim() === '' ? undefined : { start, text };
}

/**
 * Puts a text node's characters where they stand in the source. Its value can differ from the
 * source (an escaped `\*`, `&amp;`, a `>` on a continued quote line): each character of the
 * value is looked for a little further on, and characters the source spells otherwise are left
 * out.
 */
function align(value: string, source: string, from: number, to: number, base: number, out: string[]): void {
    let at = from;
    for (const c of value) {
        let k = at;
        while (k < to && k - at < 12 && source[k] !== c) k++;
        if (k < to && source[k] === c) {
            out[k - base] = c;
            at = k + 1;
        }
    }
}
