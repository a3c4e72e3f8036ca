import type { GlossaryEntry } from './glossary.js';
import { insideAny, quotedRanges } from './quotes.js';

/** One place a glossary term stands in a text. */
export interface TermMatch {
    entry: GlossaryEntry;
    start: number;
    end: number;
    text: string;
}

const LETTER = '[\\p{L}\\p{N}]';

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Written in capitals (or with digits), like CIN or S47: matched as written, not in any case. */
function isAcronymForm(form: string): boolean {
    return /^[A-Z0-9&][A-Za-z0-9&]*$/.test(form) && /[A-Z].*[A-Z0-9]|[0-9]/.test(form);
}

/** A pattern for one form of a term: words apart by any space, line break or hyphen; plurals and 's added. */
function formPattern(form: string, acronym: boolean): string {
    const words = form.trim().split(/[\s-]+/).map(escape);
    const suffix = acronym ? "(?:s|['’]s)?" : "(?:s|es)?(?:['’]s|['’](?![\\p{L}]))?";
    return words.join('[\\s-]+') + suffix;
}

/**
 * Finds glossary terms in text, the way a careful reader would:
 * whole words only; any case for words, exact capitals for acronyms; plurals and possessives;
 * a term split over two lines; not inside someone's quoted words; not in an everyday phrase
 * the glossary lists (`contact details`, `eye contact`); and where terms overlap, the one that
 * starts first and then the longest (`LAC review` before `LAC`).
 *
 * Each word of the text is looked up in an index of the forms' first words, and only the
 * forms that start with it are tried there: one pass over the text, whatever the glossary's size.
 */
export class TermMatcher {
    private readonly groups: Array<{ forms: Array<{ regex: RegExp; entry: GlossaryEntry }>; index: Map<string, number[]>; unindexed: number[] }> = [];

    constructor(entries: readonly GlossaryEntry[]) {
        for (const acronym of [false, true]) {
            const forms: Array<{ form: string; entry: GlossaryEntry }> = [];
            for (const entry of entries) {
                for (const form of [entry.term, ...(entry.variants ?? [])]) {
                    if (isAcronymForm(form) === acronym) forms.push({ form, entry });
                }
            }
            forms.sort((a, b) => b.form.length - a.form.length);
            if (forms.length === 0) continue;
            const index = new Map<string, number[]>();
            const unindexed: number[] = [];
            forms.forEach((f, k) => {
                const key = FIRST_WORD.exec(f.form.trim())?.[0].toLowerCase();
                if (!key) {
                    unindexed.push(k);
                    return;
                }
                const list = index.get(key) ?? [];
                list.push(k);
                index.set(key, list);
            });
            this.groups.push({
                forms: forms.map(f => ({ regex: new RegExp(`(?<!${LETTER})(?:${formPattern(f.form, acronym)})(?!${LETTER})`, acronym ? 'yu' : 'yiu'), entry: f.entry })),
                index,
                unindexed
            });
        }
    }

    find(text: string): TermMatch[] {
        const quoted = quotedRanges(text);
        const found: TermMatch[] = [];
        for (const { forms, index, unindexed } of this.groups) {
            let from = 0;
            const tryAt = (at: number, candidates: number[]) => {
                for (const k of candidates) {
                    const { regex, entry } = forms[k];
                    regex.lastIndex = at;
                    const m = regex.exec(text);
                    if (!m) continue;
                    const end = at + m[0].length;
                    if (!insideAny(quoted, at, end) && !inEverydayPhrase(text, at, end, entry)) found.push({ entry, start: at, end, text: m[0] });
                    from = end;
                    return;
                }
            };
            if (unindexed.length > 0) {
                // A form that does not start with a letter or digit (none of the built-in ones) can start anywhere: try every position.
                for (let at = 0; at < text.length; at++) if (at >= from) tryAt(at, forms.map((_, k) => k));
                continue;
            }
            for (const word of text.matchAll(WORD)) {
                if (word.index < from) continue;
                const lower = word[0].toLowerCase();
                const candidates = [...index.get(lower) ?? [], ...(lower.endsWith('s') ? index.get(lower.slice(0, -1)) ?? [] : []),
                    ...(lower.endsWith('es') ? index.get(lower.slice(0, -2)) ?? [] : [])];
                if (candidates.length === 0) continue;
                tryAt(word.index, candidates.length > 1 ? [...new Set(candidates)].sort((a, b) => a - b) : candidates);
            }
        }
        found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
        const kept: TermMatch[] = [];
        for (const match of found) {
            const last = kept[kept.length - 1];
            if (last && match.start < last.end) continue;
            kept.push(match);
        }
        return kept;
    }
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

const everyday = new WeakMap<GlossaryEntry, RegExp[]>();

/** True when the match is part of one of the entry's everyday phrases, such as "contact details". */
function inEverydayPhrase(text: string, start: number, end: number, entry: GlossaryEntry): boolean {
    if (!entry.notJargonIn?.length) return false;
    let phrases = everyday.get(entry);
    if (!phrases) {
        phrases = entry.notJargonIn.map(p => new RegExp(p.trim().split(/[\s-]+/).map(escape).join('[\\s-]+'), 'giu'));
        everyday.set(entry, phrases);
    }
    const from = Math.max(0, start - 80);
    const window = text.slice(from, Math.min(text.length, end + 80));
    const coreEnd = end - trailingInflection(text.slice(start, end));
    for (const phrase of phrases) {
        phrase.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = phrase.exec(window)) !== null) {
            const a = from + m.index;
            if (a <= start && a + m[0].length >= coreEnd) return true;
            if (m[0].length === 0) phrase.lastIndex++;
        }
    }
    return false;
}

/** How many letters at the end of a match are an added plural or possessive ending. */
function trailingInflection(matched: string): number {
    const m = /(?:es|s)?(?:['’]s|['’])?$/i.exec(matched);
    return m ? m[0].length : 0;
}
