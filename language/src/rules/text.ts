/**
 * Plain text helpers the rules share: finding words and phrases in writing, and putting
 * names, numbers and pieces of writing into messages.
 */

/** A text with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a list as one regular expression alternation, longest first, each allowing any spaces between its words. */
export function alternatives(list: readonly string[]): string {
    return [...list].sort((a, b) => b.length - a.length)
        .map(w => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
}

/**
 * A pattern that finds a phrase as whole words, whatever its capitals, allowing a line break
 * or several spaces between its words.
 */
export function phrasePattern(phrase: string): RegExp {
    let pattern = patterns.get(phrase);
    if (!pattern) {
        const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
        pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
        patterns.set(phrase, pattern);
    }
    // Made once and shared (the checks ask for the same phrases for every action): each use starts at the beginning.
    pattern.lastIndex = 0;
    return pattern;
}

const patterns = new Map<string, RegExp>();

/** Whether some words appear in a text as whole words (capitals ignored); never for blank words. */
export function mentions(text: string, words: string): boolean {
    return words.trim() !== '' && phrasePattern(words).test(text);
}

/** True when a text holds any of the phrases as whole words. */
export function hasAny(text: string, phrases: readonly string[]): boolean {
    return phrases.some(p => phrasePattern(p).test(text));
}

/** The first of the phrases that a text holds, as whole words. */
export function firstOf(text: string, phrases: readonly string[]): string | undefined {
    return phrases.find(p => phrasePattern(p).test(text));
}

/** How long a piece of writing named in a message may be: at most so many characters, or so many words. */
export type BriefLength = { characters: number } | { words: number };

/**
 * A short piece of a longer text for a message, ending in "…" when it was cut. By characters it
 * is cut at a word where it can; by words, any full stop or comma at its end is dropped.
 */
export function brief(text: string | undefined, length: BriefLength): string {
    if ('words' in length) {
        const clean = (text ?? '').trim().replace(/[.;:,]+$/, '');
        const wordList = clean.split(/\s+/).filter(Boolean);
        return wordList.length <= length.words ? clean : `${wordList.slice(0, length.words).join(' ')}…`;
    }
    const t = (text ?? '').trim();
    if (t.length <= length.characters) return t;
    const cut = t.slice(0, length.characters);
    const space = cut.lastIndexOf(' ');
    return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** A count with its noun: "1 day", "18 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** A text with its first letter made a capital. */
export function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name made possessive: "Mia's", "James'" ("he", "she" or "they" is never guessed: messages use the name). */
export function possessive(name: string): string {
    return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** "Amira", "Amira and Yusuf", "Kai, Ruby and Zac"; `fallback` when there are none. */
export function joinNames(names: readonly string[], fallback = 'the child'): string {
    if (names.length === 0) return fallback;
    if (names.length === 1) return names[0];
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
