import { AstUtils, type AstNode } from 'langium';
import { isAssessment, isDateField, isPlan, type Assessment, type DateField, type Model, type Plan } from '../../generated/ast.js';
import { compareDates, formatDate, parseDate, type CalendarDate } from '../../dates.js';

/** A header date line of a record, with the real date it holds. */
export interface Dated {
    field: DateField;
    date: CalendarDate;
}

/** The header lines of a record with a given label (`referral:`, `completed:` ...). */
export function dateFields(record: Assessment | Plan, label: string): DateField[] {
    return record.fields.filter((f): f is DateField => isDateField(f) && f.label === label);
}

/** The first line with this label that holds a real date. */
export function firstDated(record: Assessment | Plan, label: string): Dated | undefined {
    for (const field of dateFields(record, label)) {
        const date = field.date ? parseDate(field.date) : undefined;
        if (date) return { field, date };
    }
    return undefined;
}

/** Of the lines with this label that hold a real date, the one with the latest date. */
export function latestDated(record: Assessment | Plan, label: string): Dated | undefined {
    let latest: Dated | undefined;
    for (const field of dateFields(record, label)) {
        const date = field.date ? parseDate(field.date) : undefined;
        if (date && (!latest || compareDates(date, latest.date) > 0)) latest = { field, date };
    }
    return latest;
}

/**
 * Whether the record says it is finished: a `completed:` line with a real date gives the
 * date; a `completed:` line with words instead is 'unclear' (the invalid-date rule points
 * that out); no `completed:` line, or an empty one, means the assessment is still open.
 */
export function completion(assessment: Assessment): Dated | 'open' | 'unclear' {
    const dated = firstDated(assessment, 'completed:');
    if (dated) return dated;
    return dateFields(assessment, 'completed:').some(f => f.date || f.note) ? 'unclear' : 'open';
}

/** The assessment a line belongs to: the one it is written in, or for lines above any record, the first in the file. */
export function owningAssessment(node: AstNode): Assessment | undefined {
    const own = AstUtils.getContainerOfType(node, isAssessment);
    if (own) return own;
    if (AstUtils.getContainerOfType(node, isPlan)) return undefined;
    return (AstUtils.findRootNode(node) as Model).parts.find(isAssessment);
}

/** A date as people say it: 2 March 2026. */
export function words(date: CalendarDate): string {
    return formatDate(date);
}
