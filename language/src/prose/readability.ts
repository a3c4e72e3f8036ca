import { sentencesOf } from './sentences.js';

export interface Readability {
    sentences: number;
    words: number;
    syllables: number;
    /** Flesch reading ease: higher is easier; 60 to 70 is plain English. */
    readingEase: number;
    averageSentenceWords: number;
}

/**
 * Counts the syllables of an English word by its vowel groups, with the usual corrections
 * (a silent final "e", "-le", "-ed"); good enough for a reading-ease figure.
 */
export function syllables(word: string): number {
    const w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (w.length === 0) return 0;
    if (w.length <= 3) return 1;
    const stripped = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    const groups = stripped.match(/[aeiouy]{1,2}/g);
    return Math.max(1, groups ? groups.length : 1);
}

/** Reading ease and sentence length of a piece of prose. */
export function readabilityOf(text: string): Readability {
    const sentences = sentencesOf(text).filter(s => s.words.length > 0);
    const words = sentences.flatMap(s => s.words);
    const count = words.length;
    const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
    const averageSentenceWords = sentences.length ? count / sentences.length : 0;
    const readingEase = count === 0 ? 100 : 206.835 - 1.015 * averageSentenceWords - 84.6 * (syllableCount / count);
    return { sentences: sentences.length, words: count, syllables: syllableCount, readingEase, averageSentenceWords };
}
