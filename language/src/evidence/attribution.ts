import { overlapsAny } from './quotes.js';
import { matchesOf } from './phrases.js';
import { ATTRIBUTION } from './vocabulary.js';
import { isCapitalised, wordsAfter, wordsBefore, type Word } from './words.js';

/** Who a few words name as the source of what follows. */
export type Owner = 'named' | 'first-person' | 'vague' | 'none';

/** A stretch of a sentence that is someone's words or view (or, for `vague`, second-hand). */
export interface Scope {
    start: number;
    end: number;
    owner: Owner;
    /** where the words that say who it is start, and where the attribution ends (for pointing at "neighbours say") */
    sourceStart: number;
    sourceEnd: number;
}

/** A sentence of a text, with its words and the quoted words in it. */
export interface SentenceView {
    text: string;
    start: number;
    end: number;
    words: Word[];
    quotes: ReadonlyArray<[number, number]>;
}

const VIEW_VERBS = /^(?:thinks?|thought|believes?|believed|feels?|felt|considers?|considered|worries|fears|feared|suspects|judged?|judges|(?:is|are|was|were|am)\s+(?:worried|concerned|clear|sure|confident)|(?:view|opinion|assessment|judge?ment)\s+(?:is|was))$/i;
const SKIPPED_BEFORE_VERB = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'have', 'has', 'had', 'would', 'will', 'also',
    'both', 'all', 'then', 'still', 'really', 'strongly', 'very', 'not', 'never', 'always', 'often', 'clearly', 'later', 'first', 'now', 'too']);
const CLAUSE_STARTS = new Set(['and', 'but', 'that', 'because', 'when', 'if', 'while', 'so', 'although', 'though', 'whereas', 'how', 'where', 'after', 'before', 'until', 'unless', 'yet']);
const POINTING = new Set(['this', 'that', 'which', 'it', 'these', 'those', 'what']);

/** Whose words a few words before a verb name: "Sara", "the health visitor", "I", "neighbours", "this". */
export function ownerOf(words: readonly Word[]): Owner {
    if (words.length === 0) return 'none';
    const nearest = [...words].reverse().find(w => !SKIPPED_BEFORE_VERB.has(w.key));
    if (nearest && ATTRIBUTION.firstPerson.has(nearest.key)) return 'first-person';
    let name = false;
    let source = false;
    let vague = false;
    words.forEach((w, i) => {
        if (ATTRIBUTION.titles.has(w.key) && words[i + 1] && isCapitalised(words[i + 1])) name = true;
        if (ATTRIBUTION.vague.has(w.key)) vague = true;
        else if (ATTRIBUTION.sources.has(w.key) || ATTRIBUTION.pronouns.has(w.key)) source = true;
        else if (isCapitalised(w) && !ATTRIBUTION.notNames.has(w.key) && !ATTRIBUTION.firstPerson.has(w.key)) name = true;
    });
    if (vague && !name && !source) return 'vague';
    if (name || source) return 'named';
    if (nearest && POINTING.has(nearest.key)) return 'none';
    return 'named';
}

/** Where the clause that holds `position` starts: after a `;`, `:` or dash, or at a word such as "and" or "that". */
export function clauseStart(sentence: SentenceView, position: number): number {
    let start = sentence.start;
    const punctuation = /[;:—–()]/g;
    let m: RegExpExecArray | null;
    const before = sentence.text.slice(0, position - sentence.start);
    while ((m = punctuation.exec(before)) !== null) {
        if (!overlapsAny(sentence.quotes, sentence.start + m.index, sentence.start + m.index + 1)) start = sentence.start + m.index + 1;
    }
    for (const w of wordsBefore(sentence.words, position)) {
        if (w.start >= start && CLAUSE_STARTS.has(w.key) && !overlapsAny(sentence.quotes, w.start, w.end)) start = w.end;
    }
    return start;
}

/** Where the clause that holds `position` ends: at a `;` or dash, or before "but", "however", "although". */
export function clauseEnd(sentence: SentenceView, position: number): number {
    const after = sentence.text.slice(position - sentence.start);
    const punctuation = /[;—–]/g;
    let m: RegExpExecArray | null;
    let end = sentence.end;
    while ((m = punctuation.exec(after)) !== null) {
        const at = position + m.index;
        if (!overlapsAny(sentence.quotes, at, at + 1)) {
            end = at;
            break;
        }
    }
    for (const w of wordsAfter(sentence.words, position)) {
        if (w.start >= end) break;
        if (w.start > position && ATTRIBUTION.clauseBreaks.has(w.key) && !overlapsAny(sentence.quotes, w.start, w.end)) return w.start;
    }
    return end;
}

function subjectWords(sentence: SentenceView, from: number, to: number): Word[] {
    return sentence.words.filter(w => w.start >= from && w.end <= to && !overlapsAny(sentence.quotes, w.start, w.end)).slice(-6);
}

/**
 * The stretches of a sentence that say whose words or view they are: "Sara said …", "the school
 * is worried that …", "according to the police …", "…, she told her teacher". A verb in the
 * passive ("was said") is not an attribution; the hearsay markers deal with it.
 */
export function attributions(sentence: SentenceView): Scope[] {
    const scopes: Scope[] = [];
    for (const m of matchesOf(ATTRIBUTION.verbs, sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        if (overlapsAny(sentence.quotes, start, end)) continue;
        const before = wordsBefore(sentence.words, start);
        const previous = before[before.length - 1];
        if (previous && ATTRIBUTION.passiveBefore.has(previous.key) && !/^(?:is|are|was|were|am)\s/i.test(m.text)) continue;
        const from = clauseStart(sentence, start);
        let subject = subjectWords(sentence, from, start);
        // "Amira goes to school and says …": the verb shares the subject the sentence started with.
        if (subject.length === 0 && from > sentence.start) subject = sentence.words.filter(w => w.end <= from && !overlapsAny(sentence.quotes, w.start, w.end)).slice(0, 3);
        const owner = ownerOf(subject);
        if (owner === 'none') continue;
        // The writer's own view ("I think") is for the first-person list; what the writer said or did is theirs.
        if (owner === 'first-person' && VIEW_VERBS.test(m.text.replace(/\s+/g, ' '))) continue;
        const sourceStart = subject.find(w => owner !== 'vague' || ATTRIBUTION.vague.has(w.key))?.start ?? start;
        const trailing = isTrailing(sentence, start);
        scopes.push({
            start: trailing ? sentence.start : start,
            end: trailing ? sentence.end : clauseEnd(sentence, end),
            owner: owner === 'first-person' ? 'named' : owner,
            sourceStart,
            sourceEnd: end
        });
    }
    for (const m of matchesOf(ATTRIBUTION.prefixes, sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        if (overlapsAny(sentence.quotes, start, end)) continue;
        const after = /(?:to|of)$/i.test(m.text);
        const named = after ? sourceAfter(sentence, end) : subjectWords(sentence, start, end).slice(1, -1);
        const owner = ownerOf(named);
        if (owner === 'none' || owner === 'first-person') continue;
        const sourceEnd = after && named.length ? named[named.length - 1].end : end;
        scopes.push({ start: sentence.start, end: sentence.end, owner, sourceStart: start, sourceEnd });
    }
    return scopes;
}

/** The few words after "according to", up to a comma. */
function sourceAfter(sentence: SentenceView, position: number): Word[] {
    const comma = sentence.text.indexOf(',', position - sentence.start);
    const stop = comma < 0 ? sentence.end : sentence.start + comma;
    return sentence.words.filter(w => w.start >= position && w.end <= stop).slice(0, 5);
}

/** "…, she told her teacher." An attribution in a short last clause after a comma covers the whole sentence. */
function isTrailing(sentence: SentenceView, position: number): boolean {
    const text = sentence.text.slice(0, position - sentence.start);
    let comma = -1;
    for (let i = text.length - 1; i >= 0; i--) {
        if (text[i] === ',' && !overlapsAny(sentence.quotes, sentence.start + i, sentence.start + i + 1)) {
            comma = sentence.start + i;
            break;
        }
    }
    if (comma < 0 || comma <= sentence.start) return false;
    const wordsBetween = sentence.words.filter(w => w.start > comma && w.end <= position);
    const wordsAfterVerb = sentence.words.filter(w => w.start > position);
    return wordsBetween.length > 0 && wordsBetween.length <= 3 && !CLAUSE_STARTS.has(wordsBetween[0].key) && wordsAfterVerb.length <= 4;
}
