import { describe, expect, test } from 'vitest';
import { timeAssessment45Days } from '../../../language/src/rules/time/assessment-45-days.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const ID = 'time/assessment-45-days';

ruleCases(timeAssessment45Days, {
    valid: [
        {
            name: 'completed on working day 45 (referral Monday 2 March 2026, Easter and early May left out)',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 07/05/2026
            `
        },
        {
            name: 'longer, with a reason recorded',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 12/01/2026
                  completed: 27/03/2026
                  reason for extension: Sara was in hospital for three weeks in February.
            `
        },
        {
            name: 'still open on working day 42 (today is 1 May 2026)',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
            `
        },
        {
            name: 'no referral date to count from',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  started: 03/01/2025
            `
        }
    ],
    invalid: [
        {
            name: 'completed on working day 54 with no reason',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 12/01/2026
                  started: 14/01/2026
                  completed: 27/03/2026
            `,
            lines: [4],
            messageIncludes: 'Completed on working day 54 of 45'
        },
        {
            name: 'completed on working day 46',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 08/05/2026
            `,
            lines: [3],
            messageIncludes: 'working day 46 of 45'
        },
        {
            name: 'an empty reason for extension',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 12/01/2026
                  completed: 27/03/2026
                  reason for extension:
            `,
            lines: [3],
            messageIncludes: 'line is empty'
        },
        {
            name: 'still open past working day 45',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/02/2026
                  started: 03/02/2026
            `,
            lines: [2],
            messageIncludes: 'still open on working day 62 of 45'
        }
    ]
});

describe('time/assessment-45-days settings and quick fix', () => {
    const text = record`
        assessment "A"
          referral: 02/03/2026
          completed: 07/05/2026
    `;

    test('Scotland has no Easter Monday holiday, so the same dates are working day 46', async () => {
        const found = (await findings(text, 'a.assessment', { region: 'scotland' })).filter(d => d.code === ID);
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('working day 46 of 45')]);
    });

    test('a team can set a different limit', async () => {
        const found = (await findings(text, 'a.assessment', { assessmentWorkingDays: 40 })).filter(d => d.code === ID);
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('working day 45 of 40')]);
    });

    test('the fix adds a reason for extension line under the completed date', async () => {
        const fixed = await expectFixed(record`
            assessment "A"
              referral: 12/01/2026
              completed: 27/03/2026
              lead: Jo
        `, ID, { file: 'a.assessment' });
        expect(fixed).toBe(record`
            assessment "A"
              referral: 12/01/2026
              completed: 27/03/2026
              reason for extension: <why the assessment took longer than 45 working days>
              lead: Jo
        `);
    });

    test('for an open assessment the fix goes under the referral date', async () => {
        const fixed = await expectFixed(record`
            assessment "A"
              referral: 02/02/2026
        `, ID, { file: 'a.assessment' });
        expect(fixed).toContain('  referral: 02/02/2026\n  reason for extension: <why the assessment took longer than 45 working days>');
    });
});
