import { isNextReviewField } from '../../generated/ast.js';
import { compareDates, parseDate } from '../../dates.js';
import { daysBetween } from '../../time/days.js';
import type { Rule } from '../rule.js';
import { plural } from '../text.js';
import { words } from './shared.js';

/** A plan's next review date has not gone by. */
export const timeReviewOverdue: Rule = {
    id: 'time/review-overdue',
    severity: 'error',
    description: 'A plan\'s next review date has not already passed.',
    check(context) {
        for (const field of context.nodes(isNextReviewField)) {
            const date = field.date ? parseDate(field.date) : undefined;
            if (!date || compareDates(date, context.today) >= 0) continue;
            const ago = daysBetween(date, context.today);
            context.report({ node: field, property: 'date' },
                `The next review was due on ${words(date)}, ${plural(ago, 'day')} ago (today is ${words(context.today)}). `
                + 'Hold the review, record what it found, and write the date of the following review on this line '
                + '(Good practice guide, What is a Good Plan?: a plan says how often it will be reviewed, and each review looks at what has changed).');
        }
    }
};
