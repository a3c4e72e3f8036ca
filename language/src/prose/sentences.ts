/** A sentence of prose: where it is in the text, and its words. */
export interface Sentence {
    start: number;
    end: number;
    text: string;
    words: string[];
}

const ABBREVIATIONS = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|etc|approx|no|vs)\.$/i;

/**
 * Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital letter,
 * a digit or a quote (or the end), and at blank lines; "Dr." and "e.g." do not end one.
 */
export function sentencesOf(text: string): Sentence[] {
    const sentences: Sentence[] = [];
    let start = 0;
    const push = (end: number) => {
        const raw = text.slice(start, end);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body) sentences.push({ start: start + lead, end: start + lead + body.length, text: body, words: wordsOf(body) });
        start = end;
    };
    const boundary = /[.!?]+["”’)]*(?=\s+["“(]?[\p{Lu}\p{N}]|\s*$)|\n\s*\n/gu;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(text)) !== null) {
        const end = m.index + m[0].length;
        if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
        push(end);
    }
    push(text.length);
    return sentences;
}

export function wordsOf(text: string): string[] {
    return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
