import { describe, expect, test } from 'vitest';
import { cadencesIn, shortestCadence } from '../../../language/src/rules/plan/cadence.js';
import { planReview } from '../../../language/src/rules/plan/review.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

ruleCases(planReview, {
    valid: [
        {
            name: 'a cadence and a next review date',
            text: record`
                plan "Plan"
                  review: every 6 weeks
                  next review: 12/06/2026
            `
        },
        {
            name: 'other ways of saying how often',
            text: record`
                plan "Plan"
                  review: monthly, at the child in need review meeting
                  next review: 2026-06-12
                plan "Second plan"
                  review: six-weekly
                  next review: 12/06/2026
                plan "Third plan"
                  review: the core group meets every 4 weeks; the conference is every 6 months
                  next review: 12/06/2026
                plan "Fourth plan"
                  review: quarterly
                  next review: 12/06/2026
            `
        },
        {
            name: 'a next review line with words but no date is left to the date check',
            text: record`
                plan "Plan"
                  review: every 3 months
                  next review: after the summer
            `
        }
    ],
    invalid: [
        {
            name: 'no review line',
            text: record`
                plan "Plan"
                  next review: 12/06/2026
            `,
            lines: [1],
            messageIncludes: 'how often it is reviewed'
        },
        {
            name: 'a review line that is not a cadence',
            text: record`
                plan "Plan"
                  review: CIN reviews as appropriate
                  next review: 12/06/2026
            `,
            lines: [2],
            messageIncludes: '"CIN reviews as appropriate" does not say how often'
        },
        {
            name: 'reviews too far apart',
            text: record`
                plan "Plan"
                  review: every 6 months
                  next review: 12/06/2026
            `,
            lines: [2],
            messageIncludes: 'at least every 13 weeks'
        },
        {
            name: 'no next review date',
            text: record`
                plan "Plan"
                  review: every 6 weeks
            `,
            lines: [1],
            messageIncludes: 'next review'
        },
        {
            name: 'an empty review line and an empty next review line',
            text: record`
                plan "Plan"
                  review:
                  next review:
            `,
            lines: [2, 3]
        },
        {
            name: 'neither line: two findings on the plan line',
            text: record`
                plan "Plan"
                  kind: child in need plan
            `,
            lines: [1, 1]
        }
    ]
});

describe('how often a review line says', () => {
    test.each([
        ['every 6 weeks', 6],
        ['every six weeks', 6],
        ['every other week', 2],
        ['fortnightly', 2],
        ['every fortnight', 2],
        ['monthly', 52 / 12],
        ['once a month', 52 / 12],
        ['3-monthly', 13],
        ['every 3 months', 13],
        ['every 6 to 8 weeks', 8],
        ['twice a term', 6.5],
        ['every half term', 7],
        ['every 6 months', 26],
        ['annually', 52]
    ])('%s', (text, weeks) => {
        expect(shortestCadence(text)?.weeks).toBeCloseTo(weeks, 3);
    });

    test('words that are not a cadence', () => {
        expect(cadencesIn('CIN reviews as appropriate')).toEqual([]);
        expect(cadencesIn('within 3 months of the first conference')).toEqual([]);
        expect(cadencesIn('regularly')).toEqual([]);
    });
});

test('a team can allow reviews further apart', async () => {
    const text = record`
        plan "Plan"
          review: every 6 months
          next review: 12/06/2026
    `;
    expect((await findings(text, 'record.plan', { reviewMaxWeeks: 26 })).filter(d => d.code === 'plan/review')).toEqual([]);
});

test('the quick fix adds "review: every 6 weeks" after the header lines', async () => {
    const fixed = await expectFixed(record`
        plan "Plan"
          kind: child in need plan
          next review: 12/06/2026

          outcome attendance: Amira goes to school every day.
    `, 'plan/review');
    expect(fixed).toContain('  next review: 12/06/2026\n  review: every 6 weeks\n\n  outcome attendance');
});

test('the quick fix adds a next review line to fill in', async () => {
    const fixed = await expectFixed(record`
        plan "Plan"
          review: every 6 weeks
    `, 'plan/review');
    expect(fixed).toBe('plan "Plan"\n  review: every 6 weeks\n  next review: <date>\n');
});
