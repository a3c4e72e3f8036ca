import builtIn from '../data/glossary.json' with { type: 'json' };

export type GlossaryCategory =
    | 'acronym' | 'care-system language' | 'behaviour label' | 'blaming language'
    | 'exploitation language' | 'public-sector jargon';

/** One term of the glossary: what to look for, what to write instead, and why. */
export interface GlossaryEntry {
    term: string;
    variants?: string[];
    category: GlossaryCategory;
    /** plain words that can replace the term directly */
    alternatives: string[];
    /** what to write instead when no word can simply replace it */
    instruction?: string;
    /** for an acronym: what it stands for */
    expansion?: string;
    why: string;
    source: string;
    /** everyday phrases in which the term is not jargon */
    notJargonIn?: string[];
}

/**
 * A team's changes to the built-in glossary, kept under `glossary` in `.assessment-lens.json`:
 * terms to add, terms to remove, and new alternatives for terms that are there.
 */
export interface TeamGlossary {
    add?: GlossaryEntry[];
    remove?: string[];
    alternatives?: Record<string, string[]>;
}

export const BUILT_IN_GLOSSARY: readonly GlossaryEntry[] = (builtIn as { entries: GlossaryEntry[] }).entries;

/** The built-in glossary with a team's changes applied. */
export function glossaryFor(team: TeamGlossary | undefined): readonly GlossaryEntry[] {
    if (!team) return BUILT_IN_GLOSSARY;
    const removed = new Set((team.remove ?? []).map(t => t.toLowerCase()));
    const changed = new Map(Object.entries(team.alternatives ?? {}).map(([t, a]) => [t.toLowerCase(), a]));
    const entries = BUILT_IN_GLOSSARY
        .filter(e => !removed.has(e.term.toLowerCase()))
        .map(e => changed.has(e.term.toLowerCase()) ? { ...e, alternatives: changed.get(e.term.toLowerCase())! } : e);
    const added = (team.add ?? []).filter(e => !removed.has(e.term.toLowerCase()));
    const replaced = new Set(added.map(e => e.term.toLowerCase()));
    return [...entries.filter(e => !replaced.has(e.term.toLowerCase())), ...added];
}
