import { expect, test } from 'vitest';
import { evidenceOpinionBasis } from '../../../language/src/rules/evidence/opinion-basis.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const head = record`
    assessment "Assessment for Amira"
      lead: Jo
    people
      child Amira "Amira Hassan", born 14/05/2018
      worker Jo "Jo Smith", social worker
      agency Health "Eastbrook Health Visiting Team"
`;

ruleCases(evidenceOpinionBasis, {
    valid: [
        {
            name: 'an opinion with what it is based on',
            file: 'record.assessment',
            text: head + record`
                information from agencies
                  opinion of Health: Amira is well cared for.
                    based on: health visitor's visits on 10/02/2026 and 24/02/2026
            `
        },
        {
            name: 'a basis that points to facts in the record',
            file: 'record.assessment',
            text: head + record`
                analysis
                  opinion of Jo: Amira's lateness comes from nights when the police were called.
                    based on: the attendance fact in developmental needs, and the police fact in family and environment
            `
        }
    ],
    invalid: [
        {
            name: 'an opinion with no "based on:" line',
            file: 'record.assessment',
            text: head + record`
                information from agencies
                  opinion of Health: Amira is well cared for.
            `,
            lines: [8],
            messageIncludes: 'This opinion of Health does not say what it is based on'
        },
        {
            name: 'an empty "based on:" line',
            file: 'record.assessment',
            text: head + record`
                information from agencies
                  opinion of Health: Amira is well cared for.
                    based on:
            `,
            lines: [9],
            messageIncludes: 'is empty'
        }
    ]
});

test('the quick fix adds a "based on:" line to fill in', async () => {
    const fixed = await expectFixed(head + record`
        information from agencies
          opinion of Health: Amira is well cared for.
    `, 'evidence/opinion-basis', { file: 'record.assessment' });
    expect(fixed).toContain('  opinion of Health: Amira is well cared for.\n    based on: <what you saw, heard or read that this opinion rests on, and when>');
});
