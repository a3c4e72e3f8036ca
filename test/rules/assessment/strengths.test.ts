import { expect, test } from 'vitest';
import { assessmentStrengths } from '../../../language/src/rules/assessment/strengths.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const none = without(LEO, 'strengths', '  Chloe and Tom both love Leo and talk to each other about him.');
const empty = without(LEO, '  Chloe and Tom both love Leo and talk to each other about him.');

ruleCases(assessmentStrengths, {
    valid: [
        { name: 'a complete assessment', text: LEO },
        { name: 'written as "what is working well"', text: LEO.replace('strengths\n', 'what is working well\n') },
        { name: 'strengths as a list', text: LEO.replace('  Chloe and Tom both love Leo and talk to each other about him.', '  - Chloe and Tom both love Leo.') }
    ],
    invalid: [
        { name: 'no strengths section', text: none, lines: [1], messageIncludes: 'working well' },
        { name: 'an empty strengths section', text: empty, lines: [lineOf(empty, 'strengths')], messageIncludes: 'empty' }
    ]
});

test('the fix adds a strengths section before the worries', async () => {
    const fixed = await expectFixed(none, 'assessment/strengths', { file: 'record.assessment' });
    expect(fixed).toMatch(/Chloe lost her job in October\.\n\nstrengths\n {2}<what is working well[^\n]*>\n\nworries/);
});

test('the fix adds a line under an empty strengths heading', async () => {
    const fixed = await expectFixed(empty, 'assessment/strengths', { file: 'record.assessment' });
    expect(fixed).toMatch(/strengths\n {2}<what is working well/);
});
