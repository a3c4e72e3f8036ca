import { safetyDangerStatement } from '../../../language/src/rules/safety/danger-statement.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      child Kai "Kai Thompson", born 22/10/2018
      mother Leanne "Leanne Thompson"
      father Dean "Dean Walsh"
      worker Priya "Priya Shah", social worker
      agency School "Hollins Lane Primary School"
`;

/** A plan holding the given lines, set in two spaces under the plan line. */
const plan = (kind: string, body: string) =>
    `${people}plan "Plan"\n  kind: ${kind}\n${body.split('\n').map(l => (l ? `  ${l}` : l)).join('\n')}`;

ruleCases(safetyDangerStatement, {
    valid: [
        {
            name: 'a danger statement that says who is worried, about what, and what could happen',
            text: plan('child protection plan', record`
                danger statement fighting: Priya and the school are worried that when Dean has been drinking
                  he shouts at Leanne and has pushed her while Kai is in the room. If this goes on, Kai
                  could be hurt.
            `)
        },
        {
            name: 'a child in need plan needs no danger statement',
            text: plan('child in need plan', record`
                outcome school: Kai goes to school every day.
            `)
        }
    ],
    invalid: [
        {
            name: 'a child protection plan with no danger statement',
            text: plan('child protection plan', record`
                outcome school: Kai goes to school every day.
            `),
            lines: [8],
            messageIncludes: 'This is a child protection plan, but it has no danger statement'
        },
        {
            name: 'a danger statement that names only a label',
            text: plan('safety plan', record`
                danger statement dv: Domestic violence.
            `),
            lines: [9, 9, 9, 9]
        },
        {
            name: 'a danger statement that does not say what could happen to the child',
            text: plan('child in need plan', record`
                danger statement drink: We are worried that Leanne drinks during the day.
            `),
            lines: [9],
            messageIncludes: 'what could happen to Kai'
        },
        {
            name: 'professional words in a danger statement',
            text: plan('child protection plan', record`
                danger statement fighting: Priya is worried that Dean hits Leanne, and that Kai is at risk
                  and could be hurt.
            `),
            lines: [9],
            messageIncludes: '"at risk" is how professionals write'
        }
    ]
});
