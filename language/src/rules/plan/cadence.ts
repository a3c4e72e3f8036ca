import cadence from '../../data/plan-review-cadence.json' with { type: 'json' };
import { alternatives } from '../text.js';

/** How often something happens, read from words such as "every 6 weeks", "monthly" or "twice a term". */
export interface Cadence {
    /** the words that say it */
    text: string;
    /** the time between two reviews, in weeks */
    weeks: number;
}

const NUMBERS: Record<string, number> = cadence.numbers;
const UNITS: Record<string, number> = cadence.unitWeeks;
const ADVERBS: Record<string, number> = cadence.adverbWeeks;

/** A number written in figures or in words ("6", "six"), as the source of a regular expression. */
export const NUMBER = `(?:\\d+|${Object.keys(NUMBERS).join('|')})`;

const NUM = `(\\d+|${alternatives(Object.keys(NUMBERS))})`;
const RANGE = `${NUM}(?:\\s*(?:-|–|to|or)\\s*${NUM})?`;
const UNIT = `(${alternatives(Object.keys(UNITS))})`;
const EVERY = new RegExp(`\\b(?:${alternatives(cadence.everyWords)})\\s+(?:(other)\\s+)?(?:${RANGE}\\s+)?${UNIT}\\b`, 'gi');
const ADVERB = new RegExp(`\\b(?:${RANGE}[\\s-]+)?(${alternatives(Object.keys(ADVERBS))})\\b`, 'gi');
const TIMES = new RegExp(`\\b(once|twice|${NUM}\\s+times)\\s+(?:a|an|per|each|every)\\s+${UNIT}\\b`, 'gi');

function numberOf(word: string | undefined): number | undefined {
    if (word === undefined) return undefined;
    const w = word.toLowerCase();
    return /^\d+$/.test(w) ? Number(w) : NUMBERS[w];
}

function weeksOf(table: Record<string, number>, word: string): number {
    return table[word.toLowerCase().replace(/\s+/g, ' ')] ?? NaN;
}

/** Every way a text says how often something happens, in the order written. */
export function cadencesIn(text: string): Cadence[] {
    const found: Array<Cadence & { at: number }> = [];
    for (const m of text.matchAll(EVERY)) {
        const count = numberOf(m[3]) ?? numberOf(m[2]) ?? 1;
        found.push({ at: m.index, text: m[0], weeks: weeksOf(UNITS, m[4]) * count * (m[1] ? 2 : 1) });
    }
    for (const m of text.matchAll(ADVERB)) {
        const count = numberOf(m[2]) ?? numberOf(m[1]) ?? 1;
        found.push({ at: m.index, text: m[0], weeks: weeksOf(ADVERBS, m[3]) * count });
    }
    for (const m of text.matchAll(TIMES)) {
        const times = m[1].toLowerCase() === 'once' ? 1 : m[1].toLowerCase() === 'twice' ? 2 : numberOf(m[2]) ?? 1;
        found.push({ at: m.index, text: m[0], weeks: weeksOf(UNITS, m[3]) / times });
    }
    return found.filter(c => Number.isFinite(c.weeks) && c.weeks > 0).sort((a, b) => a.at - b.at)
        .map(({ text: t, weeks }) => ({ text: t.replace(/\s+/g, ' '), weeks }));
}

/** The most often a text says something happens (the shortest time between two reviews). */
export function shortestCadence(text: string): Cadence | undefined {
    let best: Cadence | undefined;
    for (const c of cadencesIn(text)) if (!best || c.weeks < best.weeks) best = c;
    return best;
}
