/**
 * A document as the import and the prose checks see it, whatever it was written in (Word,
 * Markdown or plain text): headings, paragraphs and tables, in order, with their words as
 * written.
 */

export type DocumentBlock =
    | { kind: 'heading'; level: number; text: string }
    /** `item`: an entry in a bulleted or numbered list */
    | { kind: 'paragraph'; text: string; item?: boolean }
    | { kind: 'table'; rows: string[][] };

export interface DocumentModel {
    blocks: DocumentBlock[];
}

/**
 * Writing in a source text, for checking it where it stands: `start` is where it begins in the
 * source, and `text` is the source from there, exactly as long, with anything that is not
 * writing (Markdown's `**`, a link's address, a `>` at the start of a quoted line) replaced by
 * spaces. So an offset in `text` is the same offset in the source, counted from `start`.
 */
export interface SourceSpan {
    start: number;
    text: string;
}

/** A block read from a source text: what the import keeps, and where its writing stands. */
export type SourceBlock =
    | { kind: 'heading'; level: number; text: string; span: SourceSpan }
    | { kind: 'paragraph'; text: string; item?: boolean; span: SourceSpan }
    | { kind: 'table'; rows: Array<Array<{ text: string; span?: SourceSpan }>> };

/** The document model of blocks read from a source text. */
export function modelOf(blocks: readonly SourceBlock[]): DocumentModel {
    return {
        blocks: blocks.map((b): DocumentBlock => b.kind === 'table'
            ? { kind: 'table', rows: b.rows.map(row => row.map(cell => cell.text)) }
            : b.kind === 'heading' ? { kind: 'heading', level: b.level, text: b.text }
                : { kind: 'paragraph', text: b.text, ...(b.item ? { item: true } : {}) })
    };
}

/** Runs of white space (line breaks too) as one space, and none at either end. */
export function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
