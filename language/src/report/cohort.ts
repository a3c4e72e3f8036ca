import { CRITERIA, type CriterionId, type RecordReport } from './rubric.js';

/** A criterion across a group of records: its average score and how many records met it. */
export interface CriterionTotal {
    id: CriterionId;
    name: string;
    /** average of the records it applies to, 0 to 100 */
    average?: number;
    met: number;
    partly: number;
    notMet: number;
    /** records it applies to and was checked in */
    scored: number;
}

/** A trainer's or manager's view of many records: one row per record, one column per criterion, and totals. */
export interface Cohort {
    records: RecordReport[];
    totals: CriterionTotal[];
    /** average of the records' overall scores */
    average?: number;
}

export function cohortOf(records: readonly RecordReport[]): Cohort {
    const totals = CRITERIA.map(criterion => {
        const results = records.map(r => r.criteria.find(c => c.id === criterion.id)!).filter(c => c.score !== undefined);
        return {
            id: criterion.id,
            name: criterion.name,
            average: mean(results.map(c => c.score!)),
            met: results.filter(c => c.status === 'met').length,
            partly: results.filter(c => c.status === 'partly').length,
            notMet: results.filter(c => c.status === 'not met').length,
            scored: results.length
        };
    });
    return { records: [...records], totals, average: mean(records.filter(r => r.score !== undefined).map(r => r.score!)) };
}

function mean(values: readonly number[]): number | undefined {
    return values.length === 0 ? undefined : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}
