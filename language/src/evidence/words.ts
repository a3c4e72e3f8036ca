/** Words of a text with where they are, for looking at what comes before and after a phrase. */
export interface Word {
    start: number;
    end: number;
    text: string;
    /** lower case, curly apostrophes made straight, a final 's left off */
    key: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function wordsIn(text: string, from = 0, to = text.length): Word[] {
    const words: Word[] = [];
    WORD.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) !== null && m.index < to) {
        const end = Math.min(m.index + m[0].length, to);
        const raw = text.slice(m.index, end);
        words.push({ start: m.index, end, text: raw, key: keyOf(raw) });
    }
    return words;
}

export function keyOf(word: string): string {
    return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** The words that end at or before `position`, nearest last. */
export function wordsBefore(words: readonly Word[], position: number): Word[] {
    return words.filter(w => w.end <= position);
}

/** The words that start at or after `position`, nearest first. */
export function wordsAfter(words: readonly Word[], position: number): Word[] {
    return words.filter(w => w.start >= position);
}

export function isCapitalised(word: Word): boolean {
    return /^\p{Lu}/u.test(word.text);
}
