import attribution from '../data/evidence-attribution.json' with { type: 'json' };
import firstPerson from '../data/evidence-first-person.json' with { type: 'json' };
import hearsay from '../data/evidence-hearsay.json' with { type: 'json' };
import opinionWords from '../data/evidence-opinion-words.json' with { type: 'json' };
import { phrasesPattern } from './phrases.js';

/**
 * What makes a few words read as something other than a plain fact. Every kind but
 * `hearsay` is pointed at by evidence/opinion-as-fact; `hearsay` by evidence/hearsay.
 */
export type CueKind = 'evaluative' | 'hedge' | 'certainty' | 'degree' | 'trend' | 'mental-state' | 'absolute' | 'consistent-with'
    | 'hidden-owner' | 'first-person' | 'hearsay';

export interface CueKindInfo {
    kind: CueKind;
    /** a few words for messages: "a judgement or label" */
    label: string;
    /** why it matters and what to do, for messages and hovers */
    why: string;
}

interface Category {
    id: string;
    label: string;
    why: string;
    phrases: string[];
}

/** The kinds of opinion words, each with its pattern, in the order the data lists them. */
export const OPINION_KINDS: ReadonlyArray<CueKindInfo & { pattern: RegExp }> = (opinionWords.categories as Category[]).map(c => ({
    kind: c.id as CueKind,
    label: c.label,
    why: c.why,
    pattern: phrasesPattern(c.phrases)
}));

export const FIRST_PERSON: CueKindInfo & { pattern: RegExp; basis: RegExp } = {
    kind: 'first-person',
    label: firstPerson.label,
    why: firstPerson.why,
    pattern: phrasesPattern(firstPerson.phrases),
    basis: phrasesPattern(firstPerson.basis)
};

export const HEARSAY: CueKindInfo & { pattern: RegExp; perception: RegExp } = {
    kind: 'hearsay',
    label: hearsay.label,
    why: hearsay.why,
    pattern: phrasesPattern(hearsay.markers),
    perception: phrasesPattern(hearsay.perception.auxiliaries.flatMap(a => hearsay.perception.verbs.map(v => `${a} ${v}`)))
};

const ALL_KINDS: readonly CueKindInfo[] = [...OPINION_KINDS, FIRST_PERSON, HEARSAY];

export function kindInfo(kind: CueKind): CueKindInfo {
    return ALL_KINDS.find(k => k.kind === kind)!;
}

const set = (words: readonly string[]) => new Set(words.map(w => w.toLowerCase()));

export const ATTRIBUTION = {
    verbs: phrasesPattern(attribution.verbs),
    prefixes: phrasesPattern(attribution.prefixes),
    passiveBefore: set(attribution.passiveBefore),
    pronouns: set(attribution.pronouns),
    firstPerson: set(attribution.firstPerson),
    sources: set(attribution.sources),
    vague: set(attribution.vague),
    notNames: set(attribution.notNames),
    titles: set(attribution.titles),
    clauseBreaks: set(attribution.clauseBreaks)
};
