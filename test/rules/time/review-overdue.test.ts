import { timeReviewOverdue } from '../../../language/src/rules/time/review-overdue.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(timeReviewOverdue, {
    valid: [
        {
            name: 'a review still to come',
            text: record`
                plan "P"
                  review: every 6 weeks
                  next review: 24/07/2026
            `
        },
        {
            name: 'a review due today (1 May 2026)',
            text: record`
                plan "P"
                  next review: 2026-05-01
            `
        },
        {
            name: 'no next review date (another rule asks for one)',
            text: record`
                plan "P"
                  review: every 6 weeks
            `
        }
    ],
    invalid: [
        {
            name: 'a review date that has gone by',
            text: record`
                plan "P"
                  review: every 6 weeks
                  next review: 13/04/2026
            `,
            lines: [3],
            messageIncludes: 'due on 13 April 2026, 18 days ago'
        },
        {
            name: 'yesterday',
            text: record`
                plan "P"
                  next review: 30/04/2026
            `,
            lines: [2],
            messageIncludes: '1 day ago'
        }
    ]
});
