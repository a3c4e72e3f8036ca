import { parseDate } from './dates.js';
import { IMPORT_SECTIONS, type ImportSection, type TeamHeadings } from './import/headings.js';
import type { GlossaryEntry, TeamGlossary } from './prose/glossary.js';
import { defaultSettings, REGIONS, type LensSettings, type ReadabilityTargets, type Region, type RuleSetting } from './settings.js';

/** The name of a team's settings file, looked for in the workspace or the folder being checked. */
export const CONFIG_FILE = '.assessment-lens.json';

export interface ConfigResult {
    settings: Partial<LensSettings>;
    /** What was wrong with the file, in plain words; the rest of the file still applies. */
    problems: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);
const KEYS = ['rules', 'region', 'assessmentWorkingDays', 'reviewMaxWeeks', 'staleMonths', 'longSentenceWords', 'fullCheckChars', 'readability', 'glossary', 'today', 'importHeadings'];

/**
 * Reads a team's settings file (JSON). It never throws: each part that is wrong is left out
 * and explained, and the parts that are right still apply.
 *
 * `knownRules` lets it point out a rule id that does not exist (usually a typing slip).
 */
export function parseConfig(text: string, knownRules: readonly string[] = []): ConfigResult {
    const problems: string[] = [];
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        return { settings: {}, problems: [`The settings file is not valid JSON, so none of it was used: ${(error as Error).message}`] };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { settings: {}, problems: ['The settings file must hold one JSON object, like { "rules": { "action/vague": "warning" } }.'] };
    }
    const input = raw as Record<string, unknown>;
    const settings: Partial<LensSettings> = {};
    for (const key of Object.keys(input)) {
        if (!KEYS.includes(key)) problems.push(`"${key}" is not a setting Assessment Lens knows; it was ignored. The settings are: ${KEYS.join(', ')}.`);
    }
    if (input.rules !== undefined) {
        if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
            problems.push('"rules" must be an object of rule ids and severities, like { "action/vague": "warning" }.');
        } else {
            const rules: Record<string, RuleSetting> = {};
            for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
                if (typeof value !== 'string' || !SEVERITIES.has(value)) {
                    problems.push(`The rule "${id}" is set to ${JSON.stringify(value)}; use "error", "warning", "info", "hint" or "off".`);
                } else if (knownRules.length > 0 && !knownRules.includes(id)) {
                    problems.push(`There is no rule "${id}"; its setting was ignored. "assessment-lens rules" lists the rules.`);
                } else {
                    rules[id] = value as RuleSetting;
                }
            }
            settings.rules = rules;
        }
    }
    if (input.region !== undefined) {
        if (REGIONS.includes(input.region as Region)) settings.region = input.region as Region;
        else problems.push(`"region" is ${JSON.stringify(input.region)}; use one of ${REGIONS.map(r => `"${r}"`).join(', ')}.`);
    }
    for (const key of ['assessmentWorkingDays', 'reviewMaxWeeks', 'staleMonths', 'longSentenceWords', 'fullCheckChars'] as const) {
        const value = input[key];
        if (value === undefined) continue;
        const most = key === 'fullCheckChars' ? 100_000_000 : 1000;
        if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < most) settings[key] = value;
        else problems.push(`"${key}" must be a whole number above 0; it is ${JSON.stringify(value)}.`);
    }
    if (input.readability !== undefined) {
        const targets = readReadability(input.readability, problems);
        if (targets) settings.readability = targets;
    }
    if (input.glossary !== undefined) {
        const glossary = readGlossary(input.glossary, problems);
        if (glossary) settings.glossary = glossary;
    }
    if (input.importHeadings !== undefined) {
        const headings = readImportHeadings(input.importHeadings, problems);
        if (headings) settings.importHeadings = headings;
    }
    if (input.today !== undefined) {
        if (typeof input.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.today) && parseDate(input.today)) settings.today = input.today;
        else problems.push(`"today" must be a real date written as YYYY-MM-DD; it is ${JSON.stringify(input.today)}.`);
    }
    return { settings, problems };
}

/** Team settings first, then a person's own (editor or command line) on top; rules merge rule by rule. */
export function mergeSettings(...layers: Array<Partial<LensSettings> | undefined>): Partial<LensSettings> {
    const merged: Partial<LensSettings> = {};
    for (const layer of layers) {
        if (!layer) continue;
        for (const [key, value] of Object.entries(layer) as Array<[keyof LensSettings, unknown]>) {
            if (value === undefined) continue;
            if (key === 'rules') merged.rules = { ...merged.rules, ...(value as LensSettings['rules']) };
            else (merged as Record<string, unknown>)[key] = value;
        }
    }
    return merged;
}

const TARGETS = ['minEase', 'maxAverageWords', 'childMinEase', 'childMaxAverageWords'] as const;

function readReadability(value: unknown, problems: string[]): ReadabilityTargets | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push('"readability" must be an object, like { "minEase": 60, "maxAverageWords": 20 }.');
        return undefined;
    }
    const targets = { ...defaultSettings().readability };
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (!(TARGETS as readonly string[]).includes(key)) problems.push(`"readability.${key}" is not a setting; use ${TARGETS.join(', ')}.`);
        else if (typeof v !== 'number' || v <= 0 || v > 150) problems.push(`"readability.${key}" must be a number above 0; it is ${JSON.stringify(v)}.`);
        else targets[key as typeof TARGETS[number]] = v;
    }
    return targets;
}

const CATEGORIES = ['acronym', 'care-system language', 'behaviour label', 'blaming language', 'exploitation language', 'public-sector jargon'];

function readGlossary(value: unknown, problems: string[]): TeamGlossary | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push('"glossary" must be an object with "add", "remove" and/or "alternatives".');
        return undefined;
    }
    const input = value as Record<string, unknown>;
    const glossary: TeamGlossary = {};
    if (Array.isArray(input.remove)) glossary.remove = input.remove.filter((t): t is string => typeof t === 'string');
    else if (input.remove !== undefined) problems.push('"glossary.remove" must be a list of terms.');
    if (typeof input.alternatives === 'object' && input.alternatives !== null && !Array.isArray(input.alternatives)) {
        glossary.alternatives = {};
        for (const [term, alts] of Object.entries(input.alternatives as Record<string, unknown>)) {
            if (Array.isArray(alts) && alts.every(a => typeof a === 'string')) glossary.alternatives[term] = alts;
            else problems.push(`"glossary.alternatives.${term}" must be a list of words, like ["home"].`);
        }
    } else if (input.alternatives !== undefined) problems.push('"glossary.alternatives" must be an object of terms and lists of words.');
    if (Array.isArray(input.add)) {
        glossary.add = [];
        input.add.forEach((e: unknown, i: number) => {
            const entry = e as Partial<GlossaryEntry> | null;
            if (!entry || typeof entry.term !== 'string' || !entry.term.trim()) {
                problems.push(`"glossary.add" entry ${i + 1} needs a "term".`);
            } else if (typeof entry.category !== 'string' || !CATEGORIES.includes(entry.category)) {
                problems.push(`"glossary.add" entry "${entry.term}" needs a "category": one of ${CATEGORIES.map(c => `"${c}"`).join(', ')}.`);
            } else {
                glossary.add!.push({
                    term: entry.term.trim(),
                    variants: Array.isArray(entry.variants) ? entry.variants.filter(v => typeof v === 'string') : [],
                    category: entry.category,
                    alternatives: Array.isArray(entry.alternatives) ? entry.alternatives.filter(a => typeof a === 'string') : [],
                    instruction: typeof entry.instruction === 'string' ? entry.instruction : undefined,
                    expansion: typeof entry.expansion === 'string' ? entry.expansion : undefined,
                    why: typeof entry.why === 'string' ? entry.why : 'A term your team has chosen to avoid.',
                    source: typeof entry.source === 'string' ? entry.source : 'Team glossary',
                    notJargonIn: Array.isArray(entry.notJargonIn) ? entry.notJargonIn.filter(p => typeof p === 'string') : undefined
                });
            }
        });
    } else if (input.add !== undefined) problems.push('"glossary.add" must be a list of entries.');
    return glossary;
}

/** `"importHeadings": { "Jack's world": "developmental needs" }`: a heading of the team's documents, and the part of a record it becomes. */
function readImportHeadings(value: unknown, problems: string[]): TeamHeadings | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push('"importHeadings" must be an object of headings and the part of a record each becomes, like { "Jack\'s world": "developmental needs" }.');
        return undefined;
    }
    const headings: Record<string, ImportSection> = {};
    for (const [heading, section] of Object.entries(value as Record<string, unknown>)) {
        if (typeof section === 'string' && (IMPORT_SECTIONS as readonly string[]).includes(section)) headings[heading] = section as ImportSection;
        else problems.push(`"importHeadings.${heading}" is ${JSON.stringify(section)}; use one of ${IMPORT_SECTIONS.map(s => `"${s}"`).join(', ')}.`);
    }
    return headings;
}
