import { oneLine, type SourceBlock } from './model.js';

/**
 * Reads plain text as a document: paragraphs are separated by blank lines, a line that starts
 * a list (`- `, `* `, `• `, `1. `, `a) `) starts a paragraph of its own, and a heading is a short
 * line with no full stop that starts a paragraph: numbered ("3. Analysis", "2.1 Health"), in
 * capitals, underlined with `===` or `---`, or simply standing above the writing it heads.
 */

interface Line {
    start: number;
    /** where the line's writing starts and ends (no indentation, no trailing spaces) */
    from: number;
    to: number;
    text: string;
}

const UNDERLINE = /^(=+|-+)$/;
const LIST_ITEM = /^(?:[-*•‣◦▪–]\s+|\(?(?:\d{1,3}|[a-z])[.)]\s+)/i;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][.)]|(?:section|part)\s+\d{1,2}[.:]?)\s+\S/i;
const MOST_WORDS = 10;
const MOST_CHARACTERS = 80;

function linesOf(text: string): Line[] {
    const lines: Line[] = [];
    const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null && m.index < text.length) {
        const body = m[0].replace(/[\r\n]+$/, '');
        const lead = body.length - body.trimStart().length;
        const content = body.trim();
        lines.push({ start: m.index, from: m.index + lead, to: m.index + lead + content.length, text: content });
        if (m[0].length === 0) pattern.lastIndex++;
    }
    return lines;
}

/** True when a line could be a heading: short, with letters, and not a sentence or a list of details. */
export function looksLikeHeading(line: string): boolean {
    const words = line.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MOST_WORDS || line.length > MOST_CHARACTERS) return false;
    if (!/\p{L}{2}/u.test(line) || /[.!?,;]$/.test(line)) return false;
    // "Date of visit: 12/03/2026" is a detail, not a heading; "Analysis:" is a heading.
    if (/:\s*\S/.test(line)) return false;
    return /^[\p{Lu}\p{N}"'“‘(]/u.test(line);
}

function levelOf(line: string, underline?: string): number {
    if (underline) return underline.startsWith('=') ? 1 : 2;
    const numbered = /^(\d{1,2}(?:\.\d{1,2})*)/.exec(line);
    if (numbered) return numbered[1].split('.').filter(Boolean).length;
    return line === line.toUpperCase() && /\p{Lu}/u.test(line) ? 1 : 2;
}

function isCapitals(line: string): boolean {
    return /\p{Lu}{2}/u.test(line) && line === line.toUpperCase();
}

/** The blocks of a plain text, each with where its writing stands in the text. */
export function readPlainText(text: string): SourceBlock[] {
    const lines = linesOf(text);
    const blocks: SourceBlock[] = [];
    let paragraph: Line[] = [];
    const endParagraph = () => {
        if (paragraph.length === 0) return;
        const first = paragraph[0];
        const last = paragraph[paragraph.length - 1];
        const span = { start: first.from, text: text.slice(first.from, last.to) };
        blocks.push({ kind: 'paragraph', text: oneLine(paragraph.map(l => l.text).join(' ')), span });
        paragraph = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.text === '') {
            endParagraph();
            continue;
        }
        const next = lines[i + 1];
        const startsBlock = paragraph.length === 0;
        const underlined = next !== undefined && UNDERLINE.test(next.text) && next.text.length >= 3 && startsBlock && line.text.length <= MOST_CHARACTERS;
        if (underlined || (startsBlock && looksLikeHeading(line.text) && isHeadingHere(line, lines, i))) {
            blocks.push({ kind: 'heading', level: levelOf(line.text, underlined ? next.text : undefined), text: line.text, span: { start: line.from, text: line.text } });
            if (underlined) i++;
            continue;
        }
        if (!startsBlock && LIST_ITEM.test(line.text)) endParagraph();
        paragraph.push(line);
    }
    endParagraph();
    return blocks;
}

/**
 * A short line at the start of a paragraph is a heading when it is numbered or in capitals, or
 * when it is the first line of all (the title), or when writing that is not itself a short line
 * follows it: a lone short line at the end of the text (a name, a sign-off) is not.
 */
function isHeadingHere(line: Line, lines: readonly Line[], i: number): boolean {
    if (LIST_ITEM.test(line.text) && !NUMBERED.test(line.text)) return false;
    let j = i + 1;
    while (j < lines.length && lines[j].text === '') j++;
    if (j >= lines.length) return false;
    if (NUMBERED.test(line.text) || isCapitals(line.text)) return true;
    // The first line of all is the document's title.
    if (lines.slice(0, i).every(l => l.text === '')) return true;
    return !looksLikeHeading(lines[j].text);
}
