import { expect, test } from 'vitest';
import { evidenceOpinionOwner } from '../../../language/src/rules/evidence/opinion-owner.js';
import { applyFix, expectFixed } from '../../helpers/fixes.js';
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

ruleCases(evidenceOpinionOwner, {
    valid: [
        {
            name: 'an opinion of a named agency',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  opinion of School: Amira is often tired in the morning.
                    based on: breakfast club records from January
            `
        },
        {
            name: "the lead worker's own opinion",
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  opinion of Jo: Amira is frightened when her parents argue.
                    based on: what Amira told me on 10/03/2026
            `
        }
    ],
    invalid: [
        {
            name: 'an opinion that does not say whose it is',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  opinion: Amira is often tired in the morning.
                    based on: breakfast club records from January
            `,
            lines: [8],
            messageIncludes: 'does not say whose it is'
        }
    ]
});

test('the quick fix makes it the lead worker\'s opinion, changing only the label', async () => {
    const text = head + record`
        developmental needs
          opinion: Amira is often tired in the morning.
            based on: breakfast club records from January
    `;
    const fixed = await expectFixed(text, 'evidence/opinion-owner', { file: 'record.assessment', insertOnly: false });
    expect(fixed).toBe(text.replace('opinion:', 'opinion of Jo:'));
});

test('with no lead worker there is no quick fix: only the writer knows whose view it is', async () => {
    const text = record`
        assessment "Assessment"
        developmental needs
          opinion: Amira is often tired.
            based on: breakfast club records
    `;
    await expect(applyFix(text, 'evidence/opinion-owner', { file: 'record.assessment' })).rejects.toThrow();
});
