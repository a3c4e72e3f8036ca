import { actionWhen } from '../../../language/src/rules/action/when.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      mother Sara "Sara Hassan"
`;

ruleCases(actionWhen, {
    valid: [
        {
            name: 'an action with a date',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: 01/05/2026
            `
        },
        {
            name: 'an action with a timeframe in words',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: every school day from 2026-05-05
            `
        }
    ],
    invalid: [
        {
            name: 'an action with no by line',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
            `,
            lines: [5],
            messageIncludes: 'by when'
        },
        {
            name: 'an empty by line',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by:
            `,
            lines: [5]
        }
    ]
});
