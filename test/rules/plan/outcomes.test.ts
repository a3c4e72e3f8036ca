import { expect, test } from 'vitest';
import { planOutcomes } from '../../../language/src/rules/plan/outcomes.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"
`;

ruleCases(planOutcomes, {
    valid: [
        {
            name: 'a plan with an outcome',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: 01/05/2026
            `
        },
        {
            name: 'an outcome with no short name still counts',
            text: people + record`
                plan "Plan"
                  outcome: Amira goes to school every day.
            `
        }
    ],
    invalid: [
        {
            name: 'a plan with no outcome',
            text: people + record`
                plan "Plan"
                  review: every 6 weeks
                  contingency: If Amira misses a day, Sara will call the school that morning.
            `,
            lines: [4],
            messageIncludes: 'Amira'
        },
        {
            name: 'an outcome written outside the plan does not count for it',
            text: people + record`
                outcome attendance: Amira goes to school every day.
                plan "Plan"
                  review: every 6 weeks
            `,
            lines: [5]
        }
    ]
});

test('the quick fix adds an outcome to fill in under the header', async () => {
    const fixed = await expectFixed(people + record`
        plan "Plan"
          review: every 6 weeks
          next review: 12/06/2026

          child's view: Amira wants to go to breakfast club.
    `, 'plan/outcomes');
    expect(fixed).toContain([
        '  next review: 12/06/2026',
        '',
        '  outcome: <what will be different for Amira>',
        '    measure: <how everyone will know this has changed>',
        '    action: <what will be done, and how often>',
        '      who: ',
        '      by: ',
        '',
        "  child's view:"
    ].join('\n'));
});
