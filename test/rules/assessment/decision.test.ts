import { expect, test } from 'vitest';
import { assessmentDecision, outcomeOf } from '../../../language/src/rules/assessment/decision.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const withDecision = (line: string) => LEO.replace('decision: child in need plan', line);
const line = lineOf(LEO, 'decision:');
const none = without(LEO, 'decision: child in need plan', '  Leo is a child in need.');

ruleCases(assessmentDecision, {
    valid: [
        { name: 'child in need plan', text: LEO },
        { name: 'early help', text: withDecision('decision: step down to early help') },
        { name: 'section 47', text: withDecision('decision: Strategy discussion and section 47 enquiry') },
        { name: 'no further action', text: withDecision('decision: No further action.') }
    ],
    invalid: [
        { name: 'no decision', text: none, lines: [1], messageIncludes: 'no "decision:"' },
        { name: 'a short form', text: withDecision('decision: CIN plan. Case to stay open.'), lines: [line], messageIncludes: '"CIN" is short for' },
        { name: 'not an outcome', text: withDecision('decision: keep the case open and monitor'), lines: [line], messageIncludes: 'child in need plan (section 17)' },
        { name: 'an empty decision line', text: withDecision('decision:').replace('\n  Leo is a child in need.\n', ''), lines: [line], messageIncludes: 'empty' }
    ]
});

test('each outcome offered by the fix is one of the list', async () => {
    const fixed = await expectFixed(none, 'assessment/decision', { file: 'record.assessment' });
    expect(fixed).toMatch(/on her own\.\n\ndecision: no further action\n\n {2}<why, in words the family can understand>\n+$/);
    for (const choice of ['universal services / early help', 'child in need plan', 'specialist assessment', 'strategy discussion / section 47 enquiry', 'emergency protection']) {
        expect(outcomeOf(choice)).toBeDefined();
        await expectFixed(none, 'assessment/decision', { file: 'record.assessment', title: `Add "decision: ${choice}"` });
    }
});
