/**
 * A record laid out as a plain document for a family, before it is written as HTML or
 * Markdown. Both writers (and the editor's preview) read this, so they always agree.
 */

/** Words, or a piece of jargon with the plain words a family would use. */
export type Inline = string | { term: string; plain: string };

export interface Heading { type: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
export interface Paragraph { type: 'paragraph'; text: Inline[] }
/** Short facts about the record: what kind it is, its dates, who leads it. */
export interface Details { type: 'details'; rows: Array<{ label: string; text: Inline[] }> }
/** Someone's own words, exactly as they said them. */
export interface Words { type: 'words'; speaker: string; lines: string[]; child: boolean }
export interface Fact { type: 'fact'; text: Inline[]; source?: Inline[] }
export interface Opinion { type: 'opinion'; whose?: string; text: Inline[]; basedOn?: Inline[] }
/** A line with a label, such as "What Amira wants: ...". */
export interface Labelled { type: 'labelled'; label: string; text: Inline[] }
export interface List { type: 'list'; items: Inline[][] }
export interface Table {
    type: 'table';
    columns: string[];
    rows: Inline[][][];
    /** the line of the record (0-based) each row comes from, where known */
    rowLines?: Array<number | undefined>;
}
/** A note about the document itself, such as "this is an invented example". */
export interface Notice { type: 'notice'; text: string }

export type Block = (Heading | Paragraph | Details | Words | Fact | Opinion | Labelled | List | Table | Notice) & {
    /** the line of the record (0-based) the block comes from, so a preview can scroll with the editor */
    line?: number;
};

export interface RenderedRecord {
    title: string;
    blocks: Block[];
}

/** The words of a piece of text, as plain text (jargon followed by its plain words in brackets). */
export function plainText(text: readonly Inline[]): string {
    return text.map(part => typeof part === 'string' ? part : `${part.term} (${part.plain})`).join('');
}
