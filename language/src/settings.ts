import type { Severity } from './rules/rule.js';

/** How a rule is set for a team: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/**
 * Everything the checks may be told from outside. The checks never read files or the
 * clock themselves: the server, the command line or the browser fill this in.
 */
export interface LensSettings {
    /** The day the checks count from, as YYYY-MM-DD; when absent, the computer's date. */
    today?: string;
    /** Severity per rule id, or `off`. */
    rules: Record<string, RuleSetting>;
    /** Where rule pages live; a rule's page is `<docsBase>/rules/<id>.md`. */
    docsBase?: string;
}

export function defaultSettings(): LensSettings {
    return { rules: {} };
}
