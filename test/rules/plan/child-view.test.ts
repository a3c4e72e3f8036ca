import { expect, test } from 'vitest';
import { planChildView } from '../../../language/src/rules/plan/child-view.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"
`;

ruleCases(planChildView, {
    valid: [
        {
            name: 'the child\'s view in words and in her own words',
            text: people + record`
                plan "Plan"
                  child's view: Amira wants a place at breakfast club. It is in this plan.
                    > Can Lily come to breakfast club too?
            `
        },
        {
            name: 'only the child\'s own words',
            text: people + record`
                plan "Plan"
                  childs view:
                    > I want Dad to walk me to school.
            `
        }
    ],
    invalid: [
        {
            name: 'no child\'s view',
            text: people + record`
                plan "Plan"
                  review: every 6 weeks
            `,
            lines: [4],
            messageIncludes: 'what Amira thinks of the plan'
        },
        {
            name: 'an empty child\'s view',
            text: people + record`
                plan "Plan"
                  child's view:
            `,
            lines: [5],
            messageIncludes: 'empty'
        },
        {
            name: 'a baby: what was seen instead of words',
            text: record`
                people
                  child Yusuf "Yusuf Hassan", born 01/12/2025
                plan "Plan"
                  review: every 6 weeks
            `,
            lines: [3],
            messageIncludes: 'For a baby'
        }
    ]
});

test('the quick fix adds a child\'s view after the contingency', async () => {
    const fixed = await expectFixed(people + record`
        plan "Plan"
          contingency: If Amira misses school, Sara calls the school that morning.
            who: Sara
    `, 'plan/child-view');
    expect(fixed).toContain([
        '    who: Sara',
        '',
        "  child's view: <what Amira thinks of the plan, and how that shaped it>",
        "    > <the child's own words>"
    ].join('\n'));
});
