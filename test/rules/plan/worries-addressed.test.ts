import { expect, test } from 'vitest';
import { planWorriesAddressed } from '../../../language/src/rules/plan/worries-addressed.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { checkRecords, record } from '../../helpers/services.js';

const assessment = record`
    assessment "Assessment for Amira"
      kind: single assessment

    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"
      father Idris "Idris Hassan"

    worries
      worry school: Amira is late or missing from school, so she misses learning and breakfast.
      danger statement arguments: Jo and the school are worried that if Sara and Idris keep
        arguing in front of Amira, she could be hurt if an argument turns physical.
      complicating factor money: Rent arrears add to the stress in the home.
      worry: Amira is sometimes tired.

`;

ruleCases(planWorriesAddressed, {
    valid: [
        {
            name: 'every named worry addressed by an outcome',
            file: 'amira.assessment',
            text: assessment + record`
                plan "Plan"
                  from: Assessment for Amira
                  outcome attendance: Amira goes to school every day, on time.
                    addresses: school, money
                  outcome calm-home: Amira lives in a home where nobody shouts.
                    addresses: arguments
            `
        },
        {
            name: 'a danger statement answered by a safety goal',
            file: 'amira.assessment',
            text: assessment + record`
                plan "Plan"
                  kind: safety plan
                  from: Assessment for Amira
                  outcome attendance: Amira goes to school every day, on time.
                    addresses: school and money
                  safety goal for arguments: Everyone will see Sara and Idris talk calmly.
            `
        },
        {
            name: 'a plan with no assessment named',
            text: record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
            `
        }
    ],
    invalid: [
        {
            name: 'a worry, a danger statement and a complicating factor left out',
            file: 'amira.assessment',
            text: assessment + record`
                plan "Plan"
                  from: Assessment for Amira
                  outcome bedtime: Amira goes to bed at 7pm.
            `,
            lines: [17, 17, 17]
        },
        {
            name: 'the message names the worry and quotes it',
            file: 'amira.assessment',
            text: assessment + record`
                plan "Plan"
                  from: Assessment for Amira
                  outcome attendance: Amira goes to school every day, on time.
                    addresses: school, arguments
            `,
            lines: [17],
            messageIncludes: 'The complicating factor "money" in the assessment ("Rent arrears add to the stress in the home.")'
        }
    ]
});

test('a plan in its own file is checked against the worries of its assessment', async () => {
    const [, plan] = await checkRecords({
        'a.assessment': assessment,
        'a.plan': record`
            plan "Plan"
              kind: child in need plan
              from: Assessment for Amira
              outcome attendance: Amira goes to school every day, on time.
                addresses: school, money
        `
    });
    const found = (plan.diagnostics ?? []).filter(d => d.code === 'plan/worries-addressed');
    expect(found.map(d => d.range.start.line + 1)).toEqual([3]);
    expect(found[0].message).toContain('The danger statement "arguments"');
    expect(found[0].message).toContain('safety goal for arguments');
});
