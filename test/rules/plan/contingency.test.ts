import { expect, test } from 'vitest';
import { planContingency } from '../../../language/src/rules/plan/contingency.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const people = record`
    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"
      worker Jo "Jo Smith", social worker
      agency School "Riverside Primary School"
`;

/** A plan holding the given lines, set in two spaces under the plan line. */
const plan = (body: string) => people + 'plan "Plan"\n' + body.split('\n').map(l => (l ? `  ${l}` : l)).join('\n');

ruleCases(planContingency, {
    valid: [
        {
            name: 'a trigger, what happens, who and by when on their own lines',
            text: plan(record`
                  contingency: If Amira's attendance is below 90% at the first review, Jo will call a family
                    network meeting with Sara to agree who can help each morning.
                    who: Jo
                    by: within 10 working days of the review
            `)
        },
        {
            name: 'who and when written in the contingency itself',
            text: plan(record`
                  contingency: If the police are called to the home again, Sara takes Amira to her
                    grandmother's house that same day, and Jo visits within 24 hours.
            `)
        },
        {
            name: 'no comma between the trigger and who acts',
            text: plan(record`
                contingency: If Amira is late more than twice in a week Jo will visit Sara within 2 working days.
            `)
        },
        {
            name: 'what happens written before the trigger',
            text: plan(record`
                contingency: Jo will visit Sara within 2 working days if Amira misses school on 3 days in a month.
            `)
        },
        {
            name: 'a meeting with a purpose',
            text: plan(record`
                  contingency: Should Amira miss more than 3 days in a half term, Jo will hold a meeting with
                    Sara and the school within 5 working days to decide who takes Amira to school.
            `)
        }
    ],
    invalid: [
        {
            name: 'no contingency',
            text: people + record`
                plan "Plan"
                  review: every 6 weeks
            `,
            lines: [6],
            messageIncludes: 'no contingency'
        },
        {
            name: 'an empty contingency',
            text: plan('contingency:\n'),
            lines: [7],
            messageIncludes: 'empty'
        },
        {
            name: 'naming a meeting alone is not enough',
            text: plan(record`
                  contingency: If attendance does not reach 90%, a meeting will be held.
                    who: Jo
                    by: within 10 working days
            `),
            lines: [7],
            messageIncludes: 'only a meeting'
        },
        {
            name: 'review at the next meeting: no trigger, only a meeting, nobody, no time',
            text: plan(record`
                  contingency: Review at CIN meeting.
            `),
            lines: [7, 7, 7, 7]
        },
        {
            name: 'a trigger that does not say what people would see',
            text: plan(record`
                  contingency: If the plan does not work, Jo will ask Sara's sister to take Amira to school.
                    by: within 5 working days
            `),
            lines: [7],
            messageIncludes: 'says only "if the plan does not work"'
        },
        {
            name: 'a trigger that is only "when needed"',
            text: plan(record`
                contingency: Jo will call a meeting when needed.
                  by: within 5 working days
            `),
            lines: [7, 7],
            messageIncludes: 'The contingency'
        },
        {
            name: 'a trigger with nothing after it',
            text: plan(record`
                  contingency: If Amira misses school on 3 days in a month.
                    who: Jo
                    by: 01/07/2026
            `),
            lines: [7],
            messageIncludes: 'what will happen then'
        },
        {
            name: 'nobody named and no time given',
            text: plan(record`
                  contingency: If Amira misses school on 3 days in a month, her aunt will walk her there.
            `),
            lines: [7, 7]
        },
        {
            name: 'an empty by line',
            text: plan(record`
                  contingency: If Amira misses school on 3 days in a month, her aunt will take her to school.
                    who: Jo
                    by:
            `),
            lines: [7],
            messageIncludes: '"by:" line under the contingency is empty'
        }
    ]
});

test('a plan that loses its contingency fails as an error', async () => {
    const found = (await findings(people + 'plan "Plan"\n  review: every 6 weeks\n')).filter(d => d.code === 'plan/contingency');
    expect(found.map(d => d.severity)).toEqual([1]);
});

test('the quick fix adds a contingency to fill in after the last outcome', async () => {
    const fixed = await expectFixed(plan(record`
          outcome attendance: Amira goes to school every day.
            action: Sara walks Amira to school.
              who: Sara
              by: 05/05/2026

          child's view: Amira wants to go to breakfast club.
    `), 'plan/contingency');
    expect(fixed).toContain([
        '      by: 05/05/2026',
        '',
        '  contingency: If <what would show the plan is not working>, <who> will <do what>.',
        '    who: ',
        '    by: <when>',
        '',
        "  child's view"
    ].join('\n'));
});

test('a vague trigger is quoted with its own word', async () => {
    const found = (await findings(plan('contingency: Jo will call a meeting when needed.\n  by: within 5 working days\n')))
        .filter(d => d.code === 'plan/contingency');
    expect(found.map(d => d.message)).toEqual([
        expect.stringContaining('The contingency says only "when needed".'),
        expect.stringContaining('names only a meeting')
    ]);
});
