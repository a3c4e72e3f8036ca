import { expect, test } from 'vitest';
import { actionVague } from '../../../language/src/rules/action/vague.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const people = record`
    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"
      worker Jo "Jo Smith", social worker
`;

ruleCases(actionVague, {
    valid: [
        {
            name: 'actions that say what, how often and by when',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, on time.
                    action: Sara walks Amira to school each weekday.
                      who: Sara
                      by: every school day from 05/05/2026
                    action: Jo helps Sara apply for a housing payment, and meets a family support worker with her.
                      who: Jo
                      by: 15/05/2026, then every 2 weeks
                    action: Sara gets support from the family centre on Tuesdays.
                      who: Sara
                      by: every Tuesday
            `
        },
        {
            name: 'vague words outside actions are for other checks',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day, as appropriate.
                    measure: School will monitor attendance.
            `
        }
    ],
    invalid: [
        {
            name: 'engage with, monitor and support',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara to engage with services.
                    action: School to monitor Amira's attendance.
                    action: Jo to support Sara with mornings.
            `,
            lines: [7, 8, 9]
        },
        {
            name: 'several phrases in one action, each reported once',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Jo will continue to work with Sara as and when needed.
            `,
            lines: [7, 7, 7]
        },
        {
            name: 'a phrase that runs over a line break',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara and Jo will meet each Monday, and Sara will engage
                      with the family centre.
            `,
            lines: [7],
            messageIncludes: '"engage with" is vague'
        },
        {
            name: 'vague by lines',
            text: people + record`
                plan "Plan"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      who: Sara
                      by: ongoing
                    action: Jo visits Sara at home.
                      who: Jo
                      by: ASAP
                    action: Jo books a meeting with the school.
                      who: Jo
                      by: TBC
            `,
            lines: [9, 12, 15],
            messageIncludes: 'does not say by when'
        },
        {
            name: 'a contingency and a safety goal',
            text: people + record`
                plan "Plan"
                  contingency: If attendance falls, the case will be escalated.
                  safety goal: Sara will liaise with the school.
            `,
            lines: [6, 7]
        }
    ]
});

test('the finding covers exactly the vague words', async () => {
    const text = people + record`
        plan "Plan"
          outcome attendance: Amira goes to school every day.
            action: School to monitor Amira's attendance.
    `;
    const [finding] = (await findings(text)).filter(d => d.code === 'action/vague');
    expect(finding.range).toEqual({ start: { line: 6, character: 22 }, end: { line: 6, character: 29 } });
    expect(finding.message).toContain('"monitor" is vague: say what they will look at or count');
});
