/**
 * The words that give a record its structure, and what follows each of them on its line.
 * The line lexer reads this table; the grammar names the same keywords.
 */

/** What the rest of a line holds after a label. */
export type Tail =
    /** free text, which may run on over the following, more indented lines */
    | 'prose'
    /** free text on this line only: a title or a choice, with the section's own lines below it */
    | 'line'
    /** an optional date, then optional free text: `by: 01/05/2026`, `seen alone: 10/03/2026 at school` */
    | 'dated'
    /** short names of people or agencies: `who: Sara and Jo` */
    | 'names'
    /** one name, which may hold spaces: `from: Child and family assessment for Amira` */
    | 'name';

/** Labels end with a colon and may start any line. Keys are the canonical keyword. */
export const LABELS: Readonly<Record<string, Tail>> = {
    'kind:': 'line',
    'use:': 'line',
    'referral:': 'dated',
    'started:': 'dated',
    'day 10 review:': 'dated',
    'completed:': 'dated',
    'updated:': 'dated',
    'lead:': 'names',
    'purpose:': 'prose',
    'reason for extension:': 'prose',
    'seen:': 'dated',
    'seen alone:': 'dated',
    'not seen alone:': 'prose',
    'agreed by:': 'names',
    'wishes:': 'prose',
    'feelings:': 'prose',
    'worries:': 'prose',
    'observed:': 'prose',
    'communication:': 'prose',
    'decision:': 'line',
    'section:': 'line',
    'fact:': 'prose',
    'source:': 'prose',
    'opinion:': 'prose',
    'based on:': 'prose',
    'consent:': 'prose',
    'from:': 'name',
    'review:': 'prose',
    'next review:': 'dated',
    'addresses:': 'names',
    'measure:': 'prose',
    'action:': 'prose',
    'who:': 'names',
    'by:': 'dated',
    'contingency:': 'prose',
    "child's view:": 'prose'
};

/** Other ways people write a label, mapped to the canonical one. */
export const LABEL_SYNONYMS: Readonly<Record<string, string>> = {
    'childs view:': "child's view:",
    "child's views:": "child's view:",
    'date of referral:': 'referral:',
    'start:': 'started:',
    'complete:': 'completed:',
    'lead worker:': 'lead:',
    'wishes and feelings:': 'wishes:',
    'next review date:': 'next review:',
    'when:': 'by:',
    'observation:': 'observed:',
    'observations:': 'observed:'
};

/**
 * Labels that carry a short name between the keyword and the colon:
 * `outcome attendance: ...`, `opinion of School: ...`, `safety goal for hitting: ...`.
 * `nameToken` says how the name is lexed: as a new name (ID) or a reference (NAME).
 */
export interface NamedLabel {
    keyword: string;
    nameToken: 'ID' | 'NAME';
    /** a keyword that comes before the name, as in `safety goal for hitting:` */
    joiner?: string;
    tail: Tail;
}

export const NAMED_LABELS: readonly NamedLabel[] = [
    { keyword: 'outcome', nameToken: 'ID', tail: 'prose' },
    { keyword: 'worry', nameToken: 'ID', tail: 'prose' },
    { keyword: 'danger statement', nameToken: 'ID', tail: 'prose' },
    { keyword: 'complicating factor', nameToken: 'ID', tail: 'prose' },
    { keyword: 'opinion of', nameToken: 'NAME', tail: 'prose' },
    { keyword: 'progress on', nameToken: 'NAME', tail: 'dated' },
    { keyword: 'safety goal', nameToken: 'NAME', joiner: 'for', tail: 'prose' }
];

/** Headings stand alone on their line (a colon after them is allowed). */
export const HEADINGS: readonly string[] = [
    'people', 'developmental needs', 'parenting capacity', 'family and environment', 'history',
    'culture and identity', 'strengths', 'worries', 'information from agencies', 'analysis', 'evidence'
];

export const HEADING_SYNONYMS: Readonly<Record<string, string>> = {
    "child's developmental needs": 'developmental needs',
    'family and environmental factors': 'family and environment',
    'chronology': 'history',
    'history and chronology': 'history',
    'culture, identity and communication': 'culture and identity',
    'identity and culture': 'culture and identity',
    'information from other agencies': 'information from agencies',
    'other agencies': 'information from agencies',
    'what is working well': 'strengths',
    "what we're worried about": 'worries',
    'what we are worried about': 'worries'
};

/** Headings that name a person: `voice of Amira`, `views of Sara`. */
export const PERSON_HEADINGS: readonly string[] = ['voice of', 'views of'];

/** Headings that start a record, followed by its title. */
export const RECORD_HEADINGS: readonly string[] = ['assessment', 'plan'];

/** Words that start a declaration under `people`. Longest first matters only for lexing. */
export const ROLES: readonly string[] = [
    'unborn child', 'foster carer', 'child', 'mother', 'father', 'parent', 'stepmother', 'stepfather',
    'partner', 'carer', 'grandmother', 'grandfather', 'aunt', 'uncle', 'brother', 'sister',
    'relative', 'friend', 'worker', 'professional', 'agency'
];

/** The roles of adults whose views an assessment must record. */
export const PARENT_ROLES: readonly string[] = [
    'mother', 'father', 'parent', 'stepmother', 'stepfather', 'partner', 'carer', 'foster carer'
];
