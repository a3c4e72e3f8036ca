import { structureMisplaced } from '../../../language/src/rules/structure/misplaced.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(structureMisplaced, {
    valid: [
        {
            name: 'a plan with everything in its place',
            text: record`
                people
                  mother Sara "Sara Hassan"
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    measure: 95% attendance.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: 01/05/2026
                  contingency: If attendance falls below 90%, Jo calls a family meeting within 10 days.
                    who: Sara
            `
        },
        {
            name: 'worries under their heading, and a voice section',
            file: 'a.assessment',
            text: record`
                assessment "A"
                people
                  child Amira "Amira Hassan"
                voice of Amira
                  seen alone: 10/03/2026 at school
                worries
                  worry school: Amira misses school.
            `
        }
    ],
    invalid: [
        {
            name: 'a who line with no action above it',
            text: record`
                plan "P"
                  who: Sara
            `,
            lines: [2],
            messageIncludes: 'belongs under an "action:"'
        },
        {
            name: 'an outcome with no plan line',
            text: record`
                outcome attendance: Amira goes to school.
            `,
            lines: [1],
            messageIncludes: 'no "plan" line'
        },
        {
            name: 'a purpose line before the assessment line',
            file: 'a.assessment',
            text: record`
                purpose: To see how Amira is.
                assessment "A"
            `,
            lines: [1]
        },
        {
            name: 'seen alone outside a voice section',
            file: 'a.assessment',
            text: record`
                strengths
                  seen alone: 10/03/2026
            `,
            lines: [2],
            messageIncludes: 'voice of'
        }
    ]
});
