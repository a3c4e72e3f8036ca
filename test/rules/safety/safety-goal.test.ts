import { expect, test } from 'vitest';
import { safetySafetyGoal } from '../../../language/src/rules/safety/safety-goal.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { checkRecords, record } from '../../helpers/services.js';

const people = record`
    people
      child Kai "Kai Thompson", born 22/10/2018
      mother Leanne "Leanne Thompson"
      father Dean "Dean Walsh"
      worker Priya "Priya Shah", social worker
`;

/** A child protection plan holding the given lines, set in two spaces under the plan line. */
const plan = (body: string) =>
    `${people}plan "Plan"\n  kind: child protection plan\n${body.split('\n').map(l => (l ? `  ${l}` : l)).join('\n')}`;

const danger = record`
    danger statement fighting: Priya is worried that when Dean has been drinking he shouts at
      Leanne. If this goes on, Kai could be hurt.
`;

ruleCases(safetySafetyGoal, {
    valid: [
        {
            name: 'one goal that says what people will see, what Kai will experience and for how long',
            text: plan(danger + record`
                safety goal for fighting: Everyone will see that Dean only comes home when he has not been
                  drinking. Kai will feel safe at home. This will have been true for at least 6 months.
            `)
        },
        {
            name: 'for how long on a by line',
            text: plan(danger + record`
                safety goal for fighting: Everyone will see Leanne and Dean talk calmly away from the children.
                  by: 11/05/2026, every day for 6 months
            `)
        }
    ],
    invalid: [
        {
            name: 'a danger statement with no safety goal',
            text: plan(danger),
            lines: [8],
            messageIncludes: 'has no safety goal. Add "safety goal for fighting:"'
        },
        {
            name: 'a goal that only says what will stop, not for the child, not for how long',
            text: plan(danger + record`
                safety goal for fighting: Dean will stop drinking and will not shout.
            `),
            lines: [10, 10, 10],
            messageIncludes: 'safety goal for "fighting"'
        },
        {
            name: 'two goals for one danger statement',
            text: plan(danger + record`
                safety goal for fighting: Everyone will see Dean sober at home. Kai will feel safe for 6 months.
                safety goal for fighting: Everyone will see Leanne calm. Kai will feel safe for 6 months.
            `),
            lines: [11],
            messageIncludes: 'already a safety goal'
        },
        {
            name: 'a goal that does not say which danger statement it is for',
            text: plan(danger + record`
                safety goal for fighting: Everyone will see Dean sober at home. Kai will feel safe for 6 months.
                safety goal: Everyone will see Leanne calm. Kai will feel safe for 6 months.
            `),
            lines: [11],
            messageIncludes: 'which danger statement'
        },
        {
            name: 'a danger statement with no short name',
            text: plan(record`
                danger statement: Priya is worried that Dean shouts at Leanne. Kai could be hurt.
            `),
            lines: [8],
            messageIncludes: 'no short name'
        }
    ]
});

test('a child protection plan answers the danger statements of its assessment', async () => {
    const [, planDocument] = await checkRecords({
        'kai.assessment': record`
            assessment "Assessment for Kai"
            people
              child Kai "Kai Thompson", born 22/10/2018
              father Dean "Dean Walsh"
            worries
              danger statement fighting: We are worried that Dean shouts at Leanne. Kai could be hurt.
        `,
        'kai.plan': record`
            plan "Plan"
              kind: child protection plan
              from: Assessment for Kai
        `
    });
    const found = (planDocument.diagnostics ?? []).filter(d => d.code === 'safety/safety-goal');
    expect(found.map(d => d.range.start.line + 1)).toEqual([3]);
    expect(found[0].message).toContain('"fighting" in the assessment has no safety goal');
});

test('the quick fix adds a safety goal to fill in after the danger statement', async () => {
    const fixed = await expectFixed(plan(danger), 'safety/safety-goal');
    expect(fixed).toContain([
        '    Leanne. If this goes on, Kai could be hurt.',
        '',
        '  safety goal for fighting: Everyone will see that <what the adults will be doing>. Kai will <what the child will experience>.',
        '    who: ',
        '    by: <from when, and for how long>'
    ].join('\n'));
});
