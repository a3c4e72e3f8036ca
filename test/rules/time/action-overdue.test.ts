import { timeActionOverdue } from '../../../language/src/rules/time/action-overdue.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(timeActionOverdue, {
    valid: [
        {
            name: 'actions still to come, or with words for a date',
            text: record`
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 05/05/2026
                    action: The school offers breakfast club.
                      by: every school day
            `
        },
        {
            name: 'a past action with progress recorded on or after its date',
            text: record`
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 10/04/2026
                  progress on attendance: 10/04/2026 Sara has walked Amira in every day.
            `
        },
        {
            name: 'an action due today (1 May 2026)',
            text: record`
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 01/05/2026
            `
        }
    ],
    invalid: [
        {
            name: 'a past action with no progress',
            text: record`
                plan "P"
                  outcome parenting: Kelly feels able to set routines.
                    action: Refer Kelly to the Millbrook parenting course for the spring term.
                      by: 15/04/2026
            `,
            lines: [3],
            messageIncludes: '"Refer Kelly to the Millbrook parenting course for…" was due by 15 April 2026'
        },
        {
            name: 'progress recorded only before the date, or on another outcome',
            text: record`
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 20/04/2026
                  outcome calm: Amira's home is calm.
                    action: Sara and Idris go to a parenting group.
                      by: 20/04/2026
                  progress on attendance: 10/04/2026 Attendance is up.
                  progress on calm: 21/04/2026 No arguments this month.
            `,
            lines: [3],
            messageIncludes: 'progress on attendance:'
        },
        {
            name: 'an outcome with no short name',
            text: record`
                plan "P"
                  outcome: Jayden's needs to be met.
                    action: Health visitor to support Mum.
                      by: 15/04/2026
            `,
            lines: [3],
            messageIncludes: 'Give the outcome a short name'
        }
    ]
});
