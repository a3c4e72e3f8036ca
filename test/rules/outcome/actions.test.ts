import { expect, test } from 'vitest';
import { outcomeActions } from '../../../language/src/rules/outcome/actions.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(outcomeActions, {
    valid: [
        {
            name: 'an outcome with an action',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    measure: attendance of 95% or more each half term
                    action: Sara walks Amira to school each weekday.
            `
        }
    ],
    invalid: [
        {
            name: 'an outcome with no action',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    measure: attendance of 95% or more each half term
                  outcome calm-home: Amira lives in a calm home.
            `,
            lines: [2, 4],
            messageIncludes: 'has no actions'
        }
    ]
});

test('the quick fix adds an action with who and by lines to fill in', async () => {
    const fixed = await expectFixed(record`
        plan "Plan"
          outcome attendance: Amira goes to school every day, on time.
            measure: attendance of 95% or more each half term

          contingency: If attendance falls, Jo visits within 2 days.
    `, 'outcome/actions');
    expect(fixed).toContain([
        '    measure: attendance of 95% or more each half term',
        '    action: <what will be done, and how often>',
        '      who: ',
        '      by: ',
        '',
        '  contingency:'
    ].join('\n'));
});
