import { expect, test } from 'vitest';
import { assessmentWorries } from '../../../language/src/rules/assessment/worries.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const worry = '  worry hungry: Leo often has no breakfast and arrives at nursery hungry.';
const none = without(LEO, 'worries', worry);
const empty = without(LEO, worry);

ruleCases(assessmentWorries, {
    valid: [
        { name: 'a complete assessment', text: LEO },
        { name: 'a danger statement', text: LEO.replace(worry, '  danger statement hungry: The nursery is worried that Leo goes without breakfast.') },
        { name: 'a section that says there are no worries', text: LEO.replace(worry, '  Nobody is worried about Leo now that he has breakfast at nursery.') }
    ],
    invalid: [
        { name: 'no worries section', text: none, lines: [1], messageIncludes: 'worried' },
        { name: 'an empty worries section', text: empty, lines: [lineOf(empty, 'worries')], messageIncludes: 'empty' }
    ]
});

test('the fix adds a worries section after the strengths', async () => {
    const fixed = await expectFixed(none, 'assessment/worries', { file: 'record.assessment' });
    expect(fixed).toMatch(/about him\.\n\nworries\n {2}worry <short-name>: <who is worried[^\n]*>\n\ninformation from agencies/);
});

test('the fix adds a worry under an empty worries heading', async () => {
    const fixed = await expectFixed(empty, 'assessment/worries', { file: 'record.assessment' });
    expect(fixed).toMatch(/worries\n {2}worry <short-name>:/);
});
