import type { TeamHeadings } from './import/headings.js';
import type { TeamGlossary } from './prose/glossary.js';
import type { Severity } from './rules/rule.js';

/** How a rule is set for a team: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** Which bank holidays count when working days are counted. */
export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * Everything the checks may be told from outside. The checks never read files or the
 * clock themselves: the server, the command line or the browser fill this in, from the
 * editor's settings and the team's `.assessment-lens.json`.
 */
export interface LensSettings {
    /** The day the checks count from, as YYYY-MM-DD; when absent, the computer's date. */
    today?: string;
    /** Severity per rule id, or `off`. */
    rules: Record<string, RuleSetting>;
    /** Where rule pages live; a rule's page is `<docsBase>/rules/<id>.md`. */
    docsBase?: string;
    /** Whose bank holidays are left out when counting working days. */
    region: Region;
    /** The most working days from referral to a completed assessment without a recorded reason. */
    assessmentWorkingDays: number;
    /** The longest a plan may go between reviews, in weeks. */
    reviewMaxWeeks: number;
    /** An assessment with no update for longer than this many months is out of date. */
    staleMonths: number;
    /** The team's changes to the built-in glossary. */
    glossary?: TeamGlossary;
    /** Reading targets for a section: everyday sections, and sections shared with a child. */
    readability: ReadabilityTargets;
    /** A sentence longer than this many words is pointed out. */
    longSentenceWords: number;
    /** A record longer than this many characters gets only the basic checks (see format/too-large). */
    fullCheckChars: number;
    /** The team's own document headings and the part of a record each becomes on import (on top of the built-in table). */
    importHeadings?: TeamHeadings;
}

export interface ReadabilityTargets {
    /** Flesch reading ease at least this (60 to 70 is plain English) */
    minEase: number;
    /** average words in a sentence at most this */
    maxAverageWords: number;
    /** the same for a child's voice and a plan's child's view, which a child may read */
    childMinEase: number;
    childMaxAverageWords: number;
}

export function defaultSettings(): LensSettings {
    return {
        rules: {},
        region: 'england-and-wales',
        assessmentWorkingDays: 45,
        reviewMaxWeeks: 13,
        staleMonths: 6,
        readability: { minEase: 60, maxAverageWords: 20, childMinEase: 70, childMaxAverageWords: 15 },
        longSentenceWords: 30,
        fullCheckChars: 600_000
    };
}
