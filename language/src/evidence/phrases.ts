/**
 * The small phrase notation the evidence word lists are written in, turned into patterns.
 *
 * - words are separated by spaces, and match whatever their capitals, across line breaks;
 * - `a|b` is either word, and `a_b` joins words into one choice: `a_number_of|some`;
 * - a word in brackets may be left out: `(very) chaotic`;
 * - `*` is any one word;
 * - an apostrophe matches a curly one too, and a hyphen matches a space.
 */

const LETTER = '[\\p{L}\\p{N}]';
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function choice(word: string): string {
    const text = escape(word).replace(/['’]/g, "['’]").replace(/\\-|-/g, '[-\\s]');
    return text.split('_').join('\\s+');
}

/** The pattern (as source text) for one phrase of the notation. */
export function phraseSource(phrase: string): string {
    const parts = phrase.trim().split(/\s+/).map(token => {
        const optional = token.startsWith('(') && token.endsWith(')');
        const body = optional ? token.slice(1, -1) : token;
        const alternatives = body === '*' ? WORD : `(?:${body.split('|').map(choice).join('|')})`;
        return { alternatives, optional };
    });
    let source = '';
    parts.forEach((part, i) => {
        const gap = i === 0 ? '' : '\\s+';
        source += part.optional ? `(?:${gap}${part.alternatives})?` : `${gap}${part.alternatives}`;
    });
    // A phrase that starts with an optional word must not start with the space before the next one.
    if (parts[0]?.optional && parts.length > 1) {
        const [first, ...rest] = parts;
        source = `(?:${first.alternatives}\\s+)?${rest.map((p, i) => (p.optional ? `(?:${i === 0 ? '' : '\\s+'}${p.alternatives})?` : `${i === 0 ? '' : '\\s+'}${p.alternatives}`)).join('')}`;
    }
    return source;
}

/** One pattern that finds any of the phrases as whole words (longest first), whatever their capitals. */
export function phrasesPattern(phrases: readonly string[]): RegExp {
    const sources = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
    return new RegExp(`(?<!${LETTER}|['’-])(?:${sources.join('|')})(?!${LETTER})`, 'giu');
}

/** Every place a pattern matches a text: where it starts and ends, and the words. */
export function matchesOf(pattern: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
    const found: Array<{ start: number; end: number; text: string }> = [];
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
}
