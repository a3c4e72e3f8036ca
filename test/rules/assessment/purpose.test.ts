import { expect, test } from 'vitest';
import { assessmentPurpose } from '../../../language/src/rules/assessment/purpose.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';
import { LEO, lineOf } from './records.js';

const noPurpose = LEO.replace(/  purpose:[^]*?needs\.\n/, '');

ruleCases(assessmentPurpose, {
    valid: [
        { name: 'a complete assessment', text: LEO },
        { name: 'a plan is not checked', text: record`
            plan "Child in need plan for Leo"
              review: every 6 weeks
        ` }
    ],
    invalid: [
        { name: 'no purpose line', text: noPurpose, lines: [1], messageIncludes: 'purpose:' },
        { name: 'an empty purpose line', text: LEO.replace(/purpose:[^]*?needs\./, 'purpose:'), lines: [lineOf(LEO, 'purpose:')], messageIncludes: 'empty' },
        { name: 'an assessment with no header lines', text: record`
            assessment "Assessment for Leo"

            people
              child Leo "Leo Marsh", born 02/08/2021
        `, lines: [1] }
    ]
});

test('the fix adds a purpose line under the header lines', async () => {
    const fixed = await expectFixed(noPurpose, 'assessment/purpose', { file: 'record.assessment' });
    expect(fixed).toContain('  lead: Dev\n  purpose: <why this assessment is needed and what it needs to find out>\n\npeople');
});

test('the fix fills in an empty purpose line', async () => {
    const fixed = await expectFixed(LEO.replace(/purpose:[^]*?needs\./, 'purpose:'), 'assessment/purpose', { file: 'record.assessment' });
    expect(fixed).toContain('  purpose: <why this assessment');
});

test('the fix adds a purpose line under the title when there are no header lines', async () => {
    const fixed = await expectFixed('assessment "Assessment for Leo"\n\npeople\n  child Leo "Leo Marsh"\n', 'assessment/purpose', { file: 'record.assessment' });
    expect(fixed).toBe('assessment "Assessment for Leo"\n  purpose: <why this assessment is needed and what it needs to find out>\n\npeople\n  child Leo "Leo Marsh"\n');
});
