import { isAssessment, isDateField } from '../../generated/ast.js';
import { compareDates, parseDate } from '../../dates.js';
import { addMonths } from '../../time/days.js';
import type { Rule } from '../rule.js';
import { plural } from '../text.js';
import { words, type Dated } from './shared.js';

const SAID: Record<string, string> = {
    'referral:': 'the referral',
    'started:': 'its start',
    'day 10 review:': 'the day 10 review',
    'completed:': 'its completion',
    'updated:': 'its last update'
};

/** An assessment has been brought up to date within the last few months. */
export const timeAssessmentStale: Rule = {
    id: 'time/assessment-stale',
    severity: 'warning',
    description: 'An assessment has been completed or updated within the last 6 months.',
    check(context) {
        const months = context.settings.staleMonths;
        for (const assessment of context.nodes(isAssessment)) {
            let latest: Dated | undefined;
            for (const field of assessment.fields) {
                if (!isDateField(field) || !field.date) continue;
                const date = parseDate(field.date);
                if (date && (!latest || compareDates(date, latest.date) >= 0)) latest = { field, date };
            }
            if (!latest || compareDates(addMonths(latest.date, months), context.today) >= 0) continue;
            context.report({ node: latest.field, property: 'date' },
                `This assessment has not been brought up to date since ${SAID[latest.field.label] ?? 'the date'} on ${words(latest.date)}, more than ${plural(months, 'month')} ago (today is ${words(context.today)}). `
                + 'Bring the assessment up to date with what has changed, and add an "updated:" line with the date '
                + '(Practice note on assessments, Good practice points: an updated assessment once every 6 months, or when there are significant developments).');
        }
    }
};
