/**
 * The quality rubric: how a record measures up on six things a practice educator or manager
 * looks for, worked out from the checks' findings. Each criterion gathers the findings of its
 * groups of rules; fewer and less serious findings give a higher score.
 */

export type FindingSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One finding of a check, with its place in the record (1-based line and column, as editors show them). */
export interface ReportFinding {
    rule: string;
    severity: FindingSeverity;
    message: string;
    file: string;
    line: number;
    column: number;
}

export type CriterionId = 'voice' | 'completeness' | 'smart-plan' | 'timeliness' | 'plain-language' | 'facts-and-opinions';
export type Status = 'met' | 'partly' | 'not met' | 'not applicable' | 'not checked';

export interface Criterion {
    id: CriterionId;
    name: string;
    /** what a good record does, in a sentence */
    asks: string;
    /** rule groups (`voice/`) or single rules (`plan/child-view`) whose findings count here */
    rules: readonly string[];
}

export const CRITERIA: readonly Criterion[] = [
    { id: 'voice', name: 'Voice of the child', rules: ['voice/', 'plan/child-view'],
        asks: 'Each child was seen, on their own where they can be, and their wishes, feelings and own words are recorded and shape the plan.' },
    { id: 'completeness', name: 'Completeness', rules: ['assessment/', 'structure/', 'reference/', 'format/'],
        asks: 'Every part of the record is there and in its place: purpose, people, each parent\'s views, strengths, worries, analysis and decision.' },
    { id: 'smart-plan', name: 'SMART plan', rules: ['plan/', 'outcome/', 'action/', 'safety/'],
        asks: 'Outcomes are changes for the child with a measure; each action says who and by when; there is a contingency and a review date.' },
    { id: 'timeliness', name: 'Timeliness', rules: ['time/'],
        asks: 'Dates are real and in order, the assessment kept to its timescale, and reviews and actions are not overdue.' },
    { id: 'plain-language', name: 'Plain language', rules: ['language/'],
        asks: 'A family can read it: no jargon, blaming words or unexplained acronyms, and short, clear sentences.' },
    { id: 'facts-and-opinions', name: 'Facts and opinions', rules: ['evidence/'],
        asks: 'Facts say where they come from; opinions say whose they are and what they are based on.' }
];

/** How much each finding takes off a criterion's score of 100. */
export const PENALTY: Readonly<Record<FindingSeverity, number>> = { error: 30, warning: 10, info: 3, hint: 0 };
/** At least this score, with no errors or warnings, is "met"; below `PARTLY` is "not met". */
export const MET = 85;
export const PARTLY = 50;

export interface CriterionResult {
    id: CriterionId;
    name: string;
    asks: string;
    status: Status;
    /** 0 to 100; undefined when the criterion does not apply or none of its checks is on */
    score?: number;
    findings: ReportFinding[];
    counts: Record<FindingSeverity, number>;
}

/** What the rubric needs to know about a record besides its findings. */
export interface RecordFacts {
    file: string;
    title: string;
    /** the kinds of record in the file */
    kinds: Array<'assessment' | 'plan'>;
    /** whether the file has facts or opinions written as such */
    hasEvidence: boolean;
}

export interface RecordReport extends RecordFacts {
    criteria: CriterionResult[];
    /** the average of the criteria that apply, 0 to 100 */
    score?: number;
    /** findings of checks that belong to no criterion (for example privacy) */
    other: ReportFinding[];
    /** why the file could not be read, when it could not */
    problem?: string;
}

/** The criterion a rule's findings count towards: a rule named on its own first, then its group. */
export function criterionOf(ruleId: string): Criterion | undefined {
    return CRITERIA.find(c => c.rules.includes(ruleId)) ?? CRITERIA.find(c => c.rules.some(r => r.endsWith('/') && ruleId.startsWith(r)));
}

/**
 * The rubric for one record. `rulesOn` lists the ids of the checks that ran (a criterion none
 * of whose checks ran is "not checked" rather than "met").
 */
export function rubric(facts: RecordFacts, findings: readonly ReportFinding[], rulesOn: readonly string[]): RecordReport {
    const criteria = CRITERIA.map((criterion): CriterionResult => {
        const own = findings.filter(f => criterionOf(f.rule) === criterion);
        const counts = { error: 0, warning: 0, info: 0, hint: 0 };
        for (const f of own) counts[f.severity]++;
        const base = { id: criterion.id, name: criterion.name, asks: criterion.asks, findings: own, counts };
        if (!applies(criterion.id, facts)) return { ...base, status: 'not applicable' };
        if (!rulesOn.some(id => criterionOf(id) === criterion)) return { ...base, status: 'not checked' };
        const score = Math.max(0, 100 - own.reduce((sum, f) => sum + PENALTY[f.severity], 0));
        const status: Status = score >= MET && counts.error === 0 && counts.warning === 0 ? 'met' : score < PARTLY ? 'not met' : 'partly';
        return { ...base, status, score };
    });
    const scored = criteria.filter(c => c.score !== undefined).map(c => c.score!);
    return {
        ...facts,
        criteria,
        score: scored.length > 0 ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : undefined,
        other: findings.filter(f => !criterionOf(f.rule))
    };
}

function applies(id: CriterionId, facts: RecordFacts): boolean {
    switch (id) {
        case 'smart-plan': return facts.kinds.includes('plan');
        case 'facts-and-opinions': return facts.kinds.includes('assessment') || facts.hasEvidence;
        default: return true;
    }
}

/** A report for a file that could not be read: nothing scored. */
export function unreadable(file: string, problem: string): RecordReport {
    return {
        file, title: file, kinds: [], hasEvidence: false, problem, other: [], score: undefined,
        criteria: CRITERIA.map(c => ({ id: c.id, name: c.name, asks: c.asks, status: 'not checked' as Status, findings: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } }))
    };
}

export const STATUS_MARK: Readonly<Record<Status, string>> = {
    'met': '✓ met', 'partly': '◐ partly', 'not met': '✗ not met', 'not applicable': '– not applicable', 'not checked': '– not checked'
};
