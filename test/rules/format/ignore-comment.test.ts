import { describe, expect, test } from 'vitest';
import { formatIgnoreComment } from '../../../language/src/rules/format/ignore-comment.js';
import { findSuppressions } from '../../../language/src/rules/suppressions.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const plan = (comment: string) => record`
    people
      mother Sara "Sara Hassan"
    plan "P"
      outcome attendance: Amira goes to school.
    ${comment}
        action: Walk to school.
          by: 01/05/2026
`;

ruleCases(formatIgnoreComment, {
    valid: [
        { name: 'a check and a reason', text: plan('# lens-ignore action/who: the family will decide at the next meeting') },
        { name: 'two checks, for the whole file', text: plan('# lens-ignore-file action/who, action/when: a draft for discussion') }
    ],
    invalid: [
        { name: 'no reason', text: plan('# lens-ignore action/who'), lines: [5], messageIncludes: 'Give a reason' },
        { name: 'no check named', text: plan('# lens-ignore'), lines: [5], messageIncludes: 'Say which check' },
        { name: 'a check that does not exist', text: plan('# lens-ignore action/hwo: slip'), lines: [5], messageIncludes: "no check called 'action/hwo'" },
        { name: 'nothing after it', text: '# lens-ignore action/who: nothing follows\n', lines: [1], messageIncludes: 'no line follows' }
    ]
});

describe('turning a check off', () => {
    test('for the next line, with a reason', async () => {
        const found = await findings(plan('# lens-ignore action/who: the family will decide at the next meeting'));
        expect(found.filter(d => d.code === 'action/who')).toEqual([]);
    });

    test('only for the rule named', async () => {
        const found = await findings(plan('# lens-ignore action/when: not this one'));
        expect(found.filter(d => d.code === 'action/who')).toHaveLength(1);
    });

    test('not without a reason', async () => {
        const found = await findings(plan('# lens-ignore action/who'));
        expect(found.filter(d => d.code === 'action/who')).toHaveLength(1);
    });

    test('for the whole file', async () => {
        const text = '# lens-ignore-file action/who: a draft\n' + plan('') + plan('').replace('plan "P"', 'plan "Q"');
        expect((await findings(text)).filter(d => d.code === 'action/who')).toEqual([]);
    });

    test('comments are found with their ids, reasons and the line they apply to', () => {
        expect(findSuppressions('a\n  # lens-ignore x/y, z/w:  because  \n\n# other\nline\n')).toEqual([
            { line: 1, scope: 'line', ids: ['x/y', 'z/w'], reason: 'because', target: 4, idsStart: 16, idsEnd: 24 }
        ]);
    });
});
