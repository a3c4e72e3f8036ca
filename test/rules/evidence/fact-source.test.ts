import { expect, test } from 'vitest';
import { evidenceFactSource } from '../../../language/src/rules/evidence/fact-source.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const head = record`
    assessment "Assessment for Amira"
      lead: Jo
    people
      child Amira "Amira Hassan", born 14/05/2018
      worker Jo "Jo Smith", social worker
      agency School "Riverside Primary School"
`;

ruleCases(evidenceFactSource, {
    valid: [
        {
            name: 'a source that names the agency, the record and the date',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira's attendance was 82% in the autumn term.
                    source: School, attendance register, 15/01/2026
            `
        },
        {
            name: 'a source that says only who (a person in the people section)',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira was late on 11 days in January.
                    source: school
            `
        },
        {
            name: 'a source that says only when',
            file: 'record.assessment',
            text: head + record`
                family and environment
                  fact: There was no food in the fridge.
                    source: visit on 9 January 2026
            `
        },
        {
            name: 'a source written in the first person, with a named doctor',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira has a bruise on her left arm.
                    source: my visit with Dr Patel
            `
        },
        {
            name: 'a source still to be filled in is left alone',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira has a bruise on her left arm.
                    source: <who saw, said or recorded it, and when>
            `
        }
    ],
    invalid: [
        {
            name: 'a fact with no source line',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira's attendance is 78%.
            `,
            lines: [8],
            messageIncludes: 'does not say where it comes from'
        },
        {
            name: 'an empty source line',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Amira's attendance is 78%.
                    source:
            `,
            lines: [9],
            messageIncludes: 'is empty'
        },
        {
            name: 'a source that says neither who nor when',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  fact: There were two empty bottles on the table.
                    source: home visit
            `,
            lines: [9],
            messageIncludes: 'says neither who'
        }
    ]
});

test('the quick fix adds a source line to fill in, set in under the fact', async () => {
    const fixed = await expectFixed(head + record`
        developmental needs
          fact: Amira's attendance is 78%.
        strengths
          Amira has a friend, Lily.
    `, 'evidence/fact-source', { file: 'record.assessment' });
    expect(fixed).toContain("  fact: Amira's attendance is 78%.\n    source: <who saw, said or recorded it, and when>\nstrengths");
});
