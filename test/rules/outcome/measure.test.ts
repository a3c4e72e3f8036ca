import { expect, test } from 'vitest';
import { outcomeMeasure } from '../../../language/src/rules/outcome/measure.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(outcomeMeasure, {
    valid: [
        {
            name: 'an outcome with a measure',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    measure: attendance of 95% or more each half term, from the school register
            `
        },
        {
            name: 'a measure after the actions still counts',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    action: Sara walks Amira to school each weekday.
                    measure: attendance of 95% or more each half term
            `
        }
    ],
    invalid: [
        {
            name: 'an outcome with no measure',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    action: Sara walks Amira to school each weekday.
            `,
            lines: [2],
            messageIncludes: 'The outcome "attendance" has no measure'
        },
        {
            name: 'an empty measure line',
            text: record`
                plan "Plan"
                  outcome: Amira goes to school every day, on time.
                    measure:
            `,
            lines: [2],
            messageIncludes: 'is empty'
        }
    ]
});

test('the quick fix adds a measure under the outcome and its addresses line, before the actions', async () => {
    const fixed = await expectFixed(record`
        plan "Plan"
          outcome attendance: Amira goes to school every day, on time,
            and has breakfast there.
            addresses: school
            action: Sara walks Amira to school each weekday.
              who: Sara
    `, 'outcome/measure');
    expect(fixed).toBe(record`
        plan "Plan"
          outcome attendance: Amira goes to school every day, on time,
            and has breakfast there.
            addresses: school
            measure: <how everyone will know this has changed for the child>
            action: Sara walks Amira to school each weekday.
              who: Sara
    `);
});

test('the quick fix goes after words that run over two lines', async () => {
    const fixed = await expectFixed(record`
        plan "Plan"
          outcome attendance: Amira goes to school every day, on time,
            and has breakfast there.
    `, 'outcome/measure');
    expect(fixed).toBe(record`
        plan "Plan"
          outcome attendance: Amira goes to school every day, on time,
            and has breakfast there.
            measure: <how everyone will know this has changed for the child>
    `);
});
