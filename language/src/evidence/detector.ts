import { sentencesOf } from '../prose/sentences.js';
import { attributions, clauseEnd, ownerOf, type Scope, type SentenceView } from './attribution.js';
import { matchesOf } from './phrases.js';
import { overlapsAny, quotedSpans } from './quotes.js';
import { FIRST_PERSON, HEARSAY, OPINION_KINDS, type CueKind } from './vocabulary.js';
import { wordsAfter, wordsBefore, wordsIn, type Word } from './words.js';

/**
 * A few words that make a sentence read as something other than a plain fact: a judgement, a
 * guess, a claim about what someone feels, an absolute, the writer's own view with nothing it is
 * based on, or second-hand information with no source. Offsets are in the text that was read.
 */
export interface Cue {
    /** what the words are, most telling first (adjacent words are joined into one cue) */
    kinds: CueKind[];
    start: number;
    end: number;
    text: string;
}

/** Which rule points at a cue. */
export function ruleFor(cue: Cue): 'evidence/opinion-as-fact' | 'evidence/hearsay' {
    return cue.kinds[0] === 'hearsay' ? 'evidence/hearsay' : 'evidence/opinion-as-fact';
}

interface Found {
    kind: CueKind;
    start: number;
    end: number;
}

const NEGATORS = /^(?:not|almost|nearly|hardly|barely|rarely|seldom|.*n't)$/i;
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve", "'d"]);
const BETWEEN = new Set(['also', 'still', 'just', 'really', 'so', 'very']);
const IRREGULAR_PAST = new Set(['came', 'went', 'saw', 'took', 'gave', 'made', 'got', 'said', 'told', 'did', 'had', 'rang', 'brought',
    'left', 'met', 'paid', 'sent', 'spoke', 'wrote', 'knew', 'found', 'kept', 'was', 'were', 'ate', 'drank', 'slept', 'sat', 'stood', 'heard', 'felt', 'put']);
const APPEAR_PLACES = new Set(['in', 'at', 'on', 'before', 'for']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'some', 'many']);
const POSSIBLE_SET = /\b(?:as soon as|where|when|if|wherever|whenever) possible$/i;
const NO_BY_SOURCE = /^(?:allegedly|reportedly|apparently|supposedly|rumou?rs?|rumou?red|word\s+is\s+that|.*\bheard\s+that|known\s+to\s+.*)$/i;
const NOT_MEASURES = new Set(['much', 'many', 'few', 'little', 'often', 'soon', 'early', 'late', 'long', 'far', 'first', 'last', 'recently',
    'near', 'a', 'an', 'the', 'young', 'old', 'small', 'big', 'large', 'high', 'low', 'quickly', 'slowly', 'close', 'briefly']);

/** Whether a phrase found is what the list means here, judging by the words around it. */
function meantHere(kind: CueKind, found: { start: number; end: number; text: string }, words: readonly Word[], text: string): boolean {
    const first = found.text.toLowerCase().split(/\s+/)[0];
    const before = wordsBefore(words, found.start);
    const previous = before[before.length - 1];
    const next = wordsAfter(words, found.end)[0];
    if (kind === 'absolute') {
        if (previous && NEGATORS.test(previous.key)) return false;
        const auxiliary = [...before].reverse().find(w => !BETWEEN.has(w.key));
        if ((first === 'always' || first === 'never') && auxiliary && PERFECT.has(auxiliary.key) && auxiliary.end >= found.start - 12) return false;
        if (first === 'never' && next && (/ed$/i.test(next.key) || IRREGULAR_PAST.has(next.key)) && previous?.key !== 'will') return false;
    }
    if (kind === 'trend' && /\d/.test(text)) return false;
    if (kind === 'degree') {
        const measured = found.text.split(/\s+/).pop()!.toLowerCase();
        if (NOT_MEASURES.has(measured)) return false;
    }
    if (kind === 'hedge') {
        if (/^appear/.test(first) && next && APPEAR_PLACES.has(next.key)) return false;
        if (first === 'possible' && POSSIBLE_SET.test(text.slice(Math.max(0, found.start - 16), found.end))) return false;
    }
    return true;
}

/** The words after a marker name who said it: "… by the school", "… by Mrs Khan". */
function namedAfterBy(sentence: SentenceView, from: number, to: number): boolean {
    const after = sentence.words.filter(w => w.start >= from && w.end <= to);
    const by = after.findIndex(w => w.key === 'by');
    if (by < 0) return false;
    return ownerOf(after.slice(by + 1, by + 5)) === 'named';
}

/** Hearsay markers in a sentence; a passive that names who said it adds that person's stretch to `named`. */
function hearsayIn(sentence: SentenceView, named: Scope[]): Array<Found & { scope: Scope }> {
    const found: Array<Found & { scope: Scope }> = [];
    const add = (start: number, end: number, text: string) => {
        const scopeEnd = clauseEnd(sentence, end);
        // "was described as aggressive by the school" names its source, and what follows is theirs;
        // "reportedly … by staff" does not.
        if (!NO_BY_SOURCE.test(text) && namedAfterBy(sentence, end, scopeEnd)) {
            named.push({ start, end: scopeEnd, owner: 'named', sourceStart: start, sourceEnd: end });
            return;
        }
        found.push({ kind: 'hearsay', start, end, scope: { start, end: scopeEnd, owner: 'vague', sourceStart: start, sourceEnd: end } });
    };
    for (const m of matchesOf(HEARSAY.pattern, sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        if (overlapsAny(sentence.quotes, start, end)) continue;
        const next = wordsAfter(sentence.words, end)[0];
        if (/\sto$/i.test(m.text) && next && DETERMINERS.has(next.key)) continue;
        add(start, end, m.text);
    }
    for (const m of matchesOf(HEARSAY.perception, sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        if (overlapsAny(sentence.quotes, start, end)) continue;
        const next = wordsAfter(sentence.words, end)[0];
        if (!next || !(/ing$/i.test(next.key) || next.key === 'with' || next.key === 'to')) continue;
        add(start, end, m.text);
    }
    return found;
}

function inside(scope: Scope, found: Found): boolean {
    return found.start >= scope.start && found.start < scope.end;
}

/** The cues in one sentence; `basis` says whether the writing around it says what a view is based on. */
function sentenceCues(sentence: SentenceView, basis: boolean): Found[] {
    const opinions: Found[] = [];
    for (const { kind, pattern } of OPINION_KINDS) {
        for (const m of matchesOf(pattern, sentence.text)) {
            const found = { start: sentence.start + m.start, end: sentence.start + m.end, text: m.text };
            if (overlapsAny(sentence.quotes, found.start, found.end)) continue;
            if (!meantHere(kind, found, sentence.words, kind === 'trend' ? sentence.text : sentence.text.slice(0, m.end))) continue;
            opinions.push({ kind, start: found.start, end: found.end });
        }
    }
    const scopes: Scope[] = attributions(sentence);
    const firstPerson: Found[] = [];
    for (const m of matchesOf(FIRST_PERSON.pattern, sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        if (overlapsAny(sentence.quotes, start, end)) continue;
        scopes.push({ start, end: clauseEnd(sentence, end), owner: basis ? 'named' : 'first-person', sourceStart: start, sourceEnd: end });
        if (!basis) firstPerson.push({ kind: 'first-person', start, end });
    }
    const hearsay = hearsayIn(sentence, scopes);
    for (const h of hearsay) scopes.push(h.scope);
    for (const s of scopes) {
        if (s.owner === 'vague' && !hearsay.some(h => h.start === s.sourceStart)) {
            hearsay.push({ kind: 'hearsay', start: s.sourceStart, end: s.sourceEnd, scope: s });
        }
    }
    const named = scopes.filter(s => s.owner === 'named');
    const whole = named.some(s => s.start === sentence.start && s.end === sentence.end);
    const keptHearsay = hearsay.filter(h => !whole && !named.some(s => inside(s, h) && s.start < h.start));
    const keptFirst = firstPerson.filter(f => !named.some(s => inside(s, f) && s.start < f.start));
    const kept = opinions.filter(o => !scopes.some(s => inside(s, o))
        && !keptHearsay.some(h => h.start < o.end && o.start < h.end)
        && !keptFirst.some(f => f.start < o.end && o.start < f.end));
    return [...kept, ...keptFirst, ...keptHearsay.map(({ kind, start, end }) => ({ kind, start, end }))];
}

/** Joins cues for the same rule that overlap or stand next to each other ("appeared happy"). */
function joined(found: Found[], text: string): Cue[] {
    const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
    const cues: Cue[] = [];
    for (const f of sorted) {
        const last = cues[cues.length - 1];
        const sameRule = last && (last.kinds[0] === 'hearsay') === (f.kind === 'hearsay');
        if (last && sameRule && f.start <= last.end + 1 && /^\s*$/.test(text.slice(Math.min(last.end, f.start), f.start))) {
            if (!last.kinds.includes(f.kind)) last.kinds.push(f.kind);
            last.end = Math.max(last.end, f.end);
            last.text = text.slice(last.start, last.end);
            continue;
        }
        cues.push({ kinds: [f.kind], start: f.start, end: f.end, text: text.slice(f.start, f.end) });
    }
    return cues;
}

/** Whether a piece of writing says what a view in it is based on ("because …", "based on …"). */
export function saysWhatItIsBasedOn(text: string, quotes: ReadonlyArray<[number, number]> = quotedSpans(text)): boolean {
    return matchesOf(FIRST_PERSON.basis, text).some(m => !overlapsAny(quotes, m.start, m.end));
}

/**
 * Every cue in a piece of writing (the words after a label, or a paragraph), sentence by
 * sentence. Words in quotes are someone's own words and are never cues; what a named person
 * said or thinks is theirs; a first-person view counts only when nothing around it says what it
 * is based on.
 */
export function evidenceCues(text: string): Cue[] {
    const quotes = quotedSpans(text);
    const basis = saysWhatItIsBasedOn(text, quotes);
    const found: Found[] = [];
    for (const s of sentencesOf(text)) {
        const view: SentenceView = { text: s.text, start: s.start, end: s.end, words: wordsIn(text, s.start, s.end), quotes };
        found.push(...sentenceCues(view, basis));
    }
    return joined(found.flatMap(f => outsideQuotes(f, quotes, text)), text);
}

/** A cue cut short before any quoted words it would run into ("according to "…" neighbours say"). */
function outsideQuotes(found: Found, quotes: ReadonlyArray<[number, number]>, text: string): Found[] {
    let end = found.end;
    for (const [a, b] of quotes) {
        if (found.start >= a && found.start < b) return [];
        if (a > found.start && a < end) end = a;
    }
    while (end > found.start && /\s/.test(text[end - 1])) end--;
    return end > found.start ? [{ ...found, end }] : [];
}
