import { actionWho } from '../../../language/src/rules/action/who.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      mother Sara "Sara Hassan"
      agency School "Riverside Primary School"
`;

ruleCases(actionWho, {
    valid: [
        {
            name: 'an action with a person',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: 01/05/2026
            `
        },
        {
            name: 'an action shared by a parent and an agency',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Breakfast club each morning.
                      who: Sara and School
                      by: every school day
            `
        },
        {
            name: 'a contingency with no who line (the contingency rule, not this one, asks for it)',
            text: people + record`
                plan "Plan"
                  contingency: If attendance falls, we meet within 10 working days.
            `
        }
    ],
    invalid: [
        {
            name: 'an action with no who line',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Someone walks Amira to school.
                      by: 01/05/2026
            `,
            lines: [6],
            messageIncludes: 'does not say who'
        },
        {
            name: 'an empty who line',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Someone walks Amira to school.
                      who:
                      by: 01/05/2026
            `,
            lines: [6]
        },
        {
            name: 'a group or a placeholder is not an owner',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Everyone helps Amira get to school.
                      who: the family, Sara and all professionals
                      by: 01/05/2026
            `,
            lines: [7, 7],
            messageIncludes: 'is not someone who can be held to this'
        },
        {
            name: 'a contingency whose who line names nobody',
            text: people + record`
                plan "Plan"
                  contingency: If attendance falls, we meet within 10 working days.
                    who:
            `,
            lines: [5],
            messageIncludes: 'contingency'
        }
    ]
});
