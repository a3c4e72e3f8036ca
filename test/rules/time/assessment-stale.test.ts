import { describe, expect, test } from 'vitest';
import { timeAssessmentStale } from '../../../language/src/rules/time/assessment-stale.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

ruleCases(timeAssessmentStale, {
    valid: [
        {
            name: 'completed this spring',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 20/04/2026
            `
        },
        {
            name: 'completed long ago but updated since',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 06/01/2025
                  completed: 20/02/2025
                  updated: 12/01/2026
            `
        },
        {
            name: 'exactly 6 months ago (today is 1 May 2026)',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 15/09/2025
                  completed: 01/11/2025
            `
        }
    ],
    invalid: [
        {
            name: 'completed more than 6 months ago with no update',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 15/09/2025
                  completed: 31/10/2025
            `,
            lines: [3],
            messageIncludes: 'since its completion on 31 October 2025, more than 6 months ago'
        },
        {
            name: 'the last update was more than 6 months ago',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 06/01/2025
                  completed: 20/02/2025
                  updated: 01/06/2025
                  updated: 12/09/2025
            `,
            lines: [5],
            messageIncludes: 'its last update on 12 September 2025'
        },
        {
            name: 'an open assessment with nothing since the referral',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 06/10/2025
            `,
            lines: [2],
            messageIncludes: 'since the referral on 6 October 2025'
        }
    ]
});

describe('time/assessment-stale setting', () => {
    test('a team can count 12 months instead', async () => {
        const text = record`
            assessment "A"
              referral: 15/09/2025
              completed: 31/10/2025
        `;
        const found = (await findings(text, 'a.assessment', { staleMonths: 12 })).filter(d => d.code === 'time/assessment-stale');
        expect(found).toEqual([]);
    });
});
