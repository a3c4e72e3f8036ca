import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { looksLikeHeading } from './plain-text.js';
import { oneLine, type DocumentBlock, type DocumentModel } from './model.js';

/**
 * Reads HTML, such as a Word document converted by mammoth, into the document model: `h1` to
 * `h6` are headings, a paragraph all in bold that is short and has no full stop is a heading
 * too (many people make headings that way in Word), list items are paragraphs marked as items,
 * and tables keep their rows and cells. Everything else is read for its words.
 */
export function htmlToModel(html: string): DocumentModel {
    const blocks: DocumentBlock[] = [];
    for (const child of parseFragment(html).childNodes) visit(child, blocks);
    return { blocks };
}

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
    return 'tagName' in node;
}

const HEADING = /^h([1-6])$/;
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'table', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article']);
/** How deep a heading made of bold writing is taken to be: under the document's own headings. */
const BOLD_HEADING_LEVEL = 2;

function visit(node: Node, blocks: DocumentBlock[]): void {
    if (!isElement(node)) {
        const text = 'value' in node && node.nodeName === '#text' ? oneLine(node.value) : '';
        if (text) blocks.push({ kind: 'paragraph', text });
        return;
    }
    const heading = HEADING.exec(node.tagName);
    if (heading) {
        const text = textOf(node);
        if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
        return;
    }
    switch (node.tagName) {
        case 'p': {
            const text = textOf(node);
            if (!text) return;
            blocks.push(isBoldHeading(node, text) ? { kind: 'heading', level: BOLD_HEADING_LEVEL, text } : { kind: 'paragraph', text });
            return;
        }
        case 'ul':
        case 'ol':
            for (const item of node.childNodes) if (isElement(item) && item.tagName === 'li') listItem(item, blocks);
            return;
        case 'table':
            table(node, blocks);
            return;
        case 'script':
        case 'style':
        case 'img':
            return;
        default:
            for (const child of node.childNodes) visit(child, blocks);
    }
}

/** A list item: its own words, then any paragraphs and lists inside it. */
function listItem(item: Element, blocks: DocumentBlock[]): void {
    const own = oneLine(item.childNodes.filter(c => !isElement(c) || !BLOCK_TAGS.has(c.tagName)).map(textOfNode).join(''));
    const inner = item.childNodes.filter(c => isElement(c) && BLOCK_TAGS.has(c.tagName));
    let first = own === '';
    if (own) blocks.push({ kind: 'paragraph', text: own, item: true });
    for (const child of inner) {
        if (first && isElement(child) && child.tagName === 'p') {
            const text = textOf(child);
            if (text) {
                blocks.push({ kind: 'paragraph', text, item: true });
                first = false;
                continue;
            }
        }
        visit(child, blocks);
    }
}

function table(node: Element, blocks: DocumentBlock[]): void {
    const rows: string[][] = [];
    const collect = (el: Element) => {
        for (const child of el.childNodes) {
            if (!isElement(child)) continue;
            if (child.tagName === 'tr') {
                rows.push(child.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map(textOf));
            } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
                collect(child);
            }
        }
    };
    collect(node);
    const kept = rows.filter(r => r.some(c => c !== ''));
    if (kept.length > 0) blocks.push({ kind: 'table', rows: kept });
}

/** A paragraph whose every word is bold, short and with no full stop: a heading made by hand. */
function isBoldHeading(p: Element, text: string): boolean {
    if (!looksLikeHeading(text)) return false;
    const unbold = (node: Node): boolean => {
        if (!isElement(node)) return 'value' in node && node.nodeName === '#text' && node.value.trim() !== '';
        if (node.tagName === 'strong' || node.tagName === 'b') return false;
        return node.childNodes.some(unbold);
    };
    return !p.childNodes.some(unbold);
}

function textOfNode(node: Node): string {
    if (!isElement(node)) return 'value' in node && node.nodeName === '#text' ? node.value : '';
    if (node.tagName === 'br') return ' ';
    if (node.tagName === 'script' || node.tagName === 'style') return '';
    const inner = node.childNodes.map(textOfNode).join('');
    return BLOCK_TAGS.has(node.tagName) || node.tagName === 'td' || node.tagName === 'th' ? ` ${inner} ` : inner;
}

/** Every word inside an element, one space between them. */
function textOf(node: Element): string {
    return oneLine(node.childNodes.map(textOfNode).join(''));
}
