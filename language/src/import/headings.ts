import data from '../data/import-headings.json' with { type: 'json' };

/** The part of a record a document's heading becomes. */
export type ImportSection =
    | 'purpose' | 'people' | 'voice' | 'views' | 'developmental needs' | 'parenting capacity' | 'family and environment'
    | 'history' | 'culture and identity' | 'strengths' | 'worries' | 'information from agencies' | 'analysis' | 'evidence'
    | 'decision' | 'plan' | 'outcomes' | 'contingency' | "child's view" | 'review';

export const IMPORT_SECTIONS: readonly ImportSection[] = data.sections.map(s => s.section as ImportSection);

/** The sections that belong to a plan: meeting one in an assessment starts the plan that goes with it. */
export const PLAN_SECTIONS: ReadonlySet<ImportSection> = new Set(data.sections.filter(s => s.record === 'plan').map(s => s.section as ImportSection));

/** The sections that are the format's own topic headings, written alone on their line. */
export const TOPIC_SECTIONS: ReadonlySet<ImportSection> = new Set<ImportSection>([
    'developmental needs', 'parenting capacity', 'family and environment', 'history', 'culture and identity', 'strengths',
    'worries', 'information from agencies', 'analysis', 'evidence'
]);

export type PlanColumn = 'outcome' | 'action' | 'who' | 'when' | 'measure';
export const PLAN_COLUMNS: readonly PlanColumn[] = ['outcome', 'action', 'who', 'when', 'measure'];

/**
 * A heading as it is looked up: small letters, straight apostrophes, one space between words,
 * and without its numbering ("3.", "2.1", "Section 4:"), words in brackets, a colon at the end
 * or "&" for "and". "Children's", "childs" and "young person's" are read as "child's".
 */
export function headingKey(heading: string): string {
    return heading.toLowerCase()
        .replace(/[’‘`]/g, "'")
        .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
        .replace(/^\s*(?:(?:section|part|step)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.):]\s*/, '')
        .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\s+/, '')
        .replace(/&/g, ' and ')
        .replace(/\b(?:children's|childrens|childs|child\/young person's|young person's|young people's)(?=\s|$)/g, "child's")
        .replace(/[:.?!\-–—\s]+$/, '')
        .replace(/^[\s\-–—•*]+/, '')
        .replace(/\s+/g, ' ')
        .trim();
}

const BUILT_IN = new Map<string, ImportSection>();
for (const entry of data.sections) for (const heading of entry.headings) BUILT_IN.set(headingKey(heading), entry.section as ImportSection);

const COLUMNS = new Map<string, PlanColumn>();
for (const column of PLAN_COLUMNS) for (const words of data.planColumns[column]) COLUMNS.set(headingKey(words), column);

/** The team's headings (`importHeadings` in the settings file): heading → section, on top of the built-in table. */
export type TeamHeadings = Readonly<Record<string, ImportSection>>;

/** The section a heading becomes, or undefined for a heading the table does not know. */
export function sectionFor(heading: string, team: TeamHeadings = {}): ImportSection | undefined {
    const key = headingKey(heading);
    for (const [words, section] of Object.entries(team)) if (headingKey(words) === key) return section;
    return BUILT_IN.get(key);
}

/** The kind of plan-table column a heading-row cell names, if any. */
export function columnFor(cell: string): PlanColumn | undefined {
    return COLUMNS.get(headingKey(cell));
}
