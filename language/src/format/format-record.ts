import { CstUtils, isLeafCstNode, type CstNode, type LeafCstNode, type Lexer } from 'langium';
import type { IToken } from 'chevrotain';
import type { TextEdit } from 'vscode-languageserver-types';
import { lineLevels } from './levels.js';
import { INDENT, isBlank, splitLines, usualBreak, type Line } from './lines.js';

export interface FormatResult {
    /** the whole formatted record */
    text: string;
    /** the same change as small edits of the original text, for an editor */
    edits: TextEdit[];
    changed: boolean;
}

export interface FormatOptions {
    /** spaces per level of indentation (2 unless a caller says otherwise) */
    indent?: number;
    /**
     * The record's lexer. When given, the formatted text is read back and compared with the
     * original; a line whose new indentation would change what the record says (for example,
     * join two paragraphs into one) keeps its old indentation instead.
     */
    lexer?: Lexer;
}

/**
 * Lays a record out tidily, changing only white space:
 * - each line indented two spaces per level (see levels.ts), tabs and odd steps replaced;
 * - one space after a label's colon (`fact:Amira` becomes `fact: Amira`);
 * - no spaces at the ends of lines, no more than one blank line in a row, none at the start
 *   or end of the file, and one line break at the end.
 * The words, their order and the line breaks inside writing are never changed, so every
 * character of prose stays exactly as it was. Formatting twice gives the same text as once.
 *
 * A pure function of the text and its parse tree (`root`: the root of the tree made from
 * `text`); it reads nothing else and can run in a browser.
 */
export function formatRecord(text: string, root: CstNode | undefined, options: FormatOptions = {}): FormatResult {
    const lines = splitLines(text);
    const levels = lineLevels(root, lines.length);
    const colonGaps = labelGaps(root, lines.length);
    const width = options.indent ?? 2;
    const pinned = new Set<number>();
    let result = layout(lines, levels, colonGaps, pinned, width);
    if (options.lexer) {
        const original = signature(options.lexer, text);
        for (let round = 0; round <= lines.length; round++) {
            const mismatch = firstDifference(original, signature(options.lexer, result.text));
            if (mismatch === undefined) break;
            const culprits = [...mismatch.originalLines, ...mismatch.formattedLines.map(l => result.origin[l])]
                .filter((l): l is number => l !== undefined && !pinned.has(l));
            if (culprits.length === 0 || round === lines.length) {
                return { text, edits: [], changed: false };
            }
            for (const line of culprits) pinned.add(line);
            result = layout(lines, levels, colonGaps, pinned, width);
        }
    }
    const edits = editsFor(lines, result.lines);
    return { text: result.text, edits, changed: result.text !== text };
}

interface Layout {
    text: string;
    /** for each line of the new text, the line of the original it came from */
    origin: number[];
    /** for each original line, its new content, or undefined when the line is dropped */
    lines: Array<{ content: string; eol: string } | undefined>;
}

function layout(lines: readonly Line[], levels: ReturnType<typeof lineLevels>, gaps: Map<number, Array<[number, number]>>,
    pinned: ReadonlySet<number>, width: number): Layout {
    const eol = usualBreak(lines);
    const out: Layout['lines'] = new Array(lines.length).fill(undefined);
    // A comment takes the level of the next line that says something.
    const commentLevel = new Array<number>(lines.length).fill(0);
    let next = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
        const content = lines[i].content;
        if (isBlank(content)) continue;
        if (content.replace(INDENT, '').startsWith('#') && !levels[i]) commentLevel[i] = next;
        else next = levels[i]?.level ?? 0;
    }
    let lastKept = -1;
    let blankBefore = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (isBlank(line.content)) {
            blankBefore = lastKept >= 0;
            continue;
        }
        if (blankBefore) {
            out[i - 1] = { content: '', eol: lines[i - 1].eol || eol };
            blankBefore = false;
        }
        const body = spaced(line.content.replace(INDENT, ''), line.content.length - line.content.replace(INDENT, '').length, gaps.get(i));
        const trimmed = body.replace(/\s+$/u, '');
        const level = levels[i]?.level ?? (trimmed.startsWith('#') ? commentLevel[i] : undefined);
        const indent = pinned.has(i) || level === undefined ? INDENT.exec(line.content)![0] : ' '.repeat(level * width);
        out[i] = { content: indent + trimmed, eol: line.eol || eol };
        lastKept = i;
    }
    // The last line ends with a line break; nothing after it.
    const origin: number[] = [];
    const parts: string[] = [];
    out.forEach((line, i) => {
        if (!line) return;
        if (i > lastKept) {
            out[i] = undefined;
            return;
        }
        origin.push(i);
        parts.push(line.content + line.eol);
    });
    return { text: parts.join(''), origin, lines: out };
}

/** The text of a line without its indentation, with one space after each label's colon. */
function spaced(body: string, indentLength: number, gaps: Array<[number, number]> | undefined): string {
    if (!gaps) return body;
    let result = body;
    // Right to left, so that earlier columns stay where they are.
    for (const [from, to] of [...gaps].sort((a, b) => b[0] - a[0])) {
        const a = from - indentLength;
        const b = to - indentLength;
        if (a < 0 || b > result.length || !/^\s*$/u.test(result.slice(a, b))) continue;
        result = result.slice(0, a) + ' ' + result.slice(b);
    }
    return result;
}

/** Where, on each line, the space after a label's colon runs from and to (columns). */
function labelGaps(root: CstNode | undefined, lineCount: number): Map<number, Array<[number, number]>> {
    const gaps = new Map<number, Array<[number, number]>>();
    if (!root) return gaps;
    let previous: LeafCstNode | undefined;
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || node.hidden) continue;
        if (previous && previous.text.endsWith(':') && previous.range.end.line === node.range.start.line
            && node.range.start.line < lineCount && node.range.start.character >= previous.range.end.character) {
            const line = node.range.start.line;
            gaps.set(line, [...gaps.get(line) ?? [], [previous.range.end.character, node.range.start.character]]);
        }
        previous = node;
    }
    return gaps;
}

/** The smallest edit for each line that changes, or the removal of a line that goes. */
function editsFor(lines: readonly Line[], formatted: Layout['lines']): TextEdit[] {
    const edits: TextEdit[] = [];
    let lastKept = -1;
    formatted.forEach((line, i) => { if (line) lastKept = i; });
    if (lastKept < 0) {
        const last = lines.length - 1;
        const empty = last === 0 && lines[0].content === '';
        return empty ? [] : [{ range: { start: { line: 0, character: 0 }, end: { line: last, character: lines[last].content.length } }, newText: '' }];
    }
    for (let i = 0; i < lines.length; i++) {
        const old = lines[i];
        const now = formatted[i];
        if (!now) {
            // A dropped line: take it away with its line break (or, at the very end, the break before it).
            if (i > lastKept && lastKept >= 0) continue;
            edits.push({ range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }, newText: '' });
            continue;
        }
        if (now.content !== old.content) edits.push(smallest(i, old.content, now.content));
        if (i === lastKept) {
            if (old.eol === '') edits.push({ range: { start: { line: i, character: old.content.length }, end: { line: i, character: old.content.length } }, newText: now.eol });
            else if (i < lines.length - 2 || (i === lines.length - 2 && lines[i + 1].content !== '')) {
                const last = lines.length - 1;
                edits.push({ range: { start: { line: i + 1, character: 0 }, end: { line: last, character: lines[last].content.length } }, newText: '' });
            }
        }
    }
    return edits;
}

function smallest(line: number, before: string, after: string): TextEdit {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start
        && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return {
        range: { start: { line, character: start }, end: { line, character: before.length - end } },
        newText: after.slice(start, after.length - end)
    };
}

// ------------------------------------------------------------------ reading the result back

/** True when two texts read as the same record: the same pieces in the same order, whatever the white space. */
export function sameReading(lexer: Lexer, a: string, b: string): boolean {
    return firstDifference(signature(lexer, a), signature(lexer, b)) === undefined;
}

interface Piece {
    type: string;
    words: string;
    startLine: number;
    endLine: number;
}

function signature(lexer: Lexer, text: string): Piece[] {
    const { tokens, hidden } = lexer.tokenize(text);
    const piece = (t: IToken): Piece => ({
        type: t.tokenType.name,
        words: t.image.replace(/\s+/gu, ' ').trim(),
        startLine: (t.startLine ?? 1) - 1,
        endLine: (t.endLine ?? t.startLine ?? 1) - 1
    });
    return [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset).map(piece);
}

/** The lines around the first place where two readings differ, in each text; undefined when they agree. */
function firstDifference(original: Piece[], formatted: Piece[]): { originalLines: number[]; formattedLines: number[] } | undefined {
    const n = Math.max(original.length, formatted.length);
    for (let k = 0; k < n; k++) {
        const a = original[k];
        const b = formatted[k];
        if (a && b && a.type === b.type && a.words === b.words) continue;
        const around = (pieces: Piece[]) => [pieces[k - 1], pieces[k], pieces[k + 1]]
            .filter((p): p is Piece => p !== undefined)
            .flatMap(p => range(p.startLine, p.endLine + 1));
        return { originalLines: around(original), formattedLines: around(formatted) };
    }
    return undefined;
}

function range(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
