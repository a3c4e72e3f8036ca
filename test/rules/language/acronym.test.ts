import { expect, test } from 'vitest';
import { languageAcronym } from '../../../language/src/rules/language/acronym.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(languageAcronym, {
    valid: [
        {
            name: 'spelt out the first time, short after that',
            file: 'a.assessment',
            text: record`
                decision: child in need plan
                  The Child in Need (CIN) plan starts in May. The CIN plan is reviewed every six weeks.
            `
        },
        {
            name: 'spelt out the other way round',
            file: 'a.assessment',
            text: 'analysis\n  The IRO (Independent Reviewing Officer) met Kai. The IRO will meet him again in May.\n'
        }
    ],
    invalid: [
        {
            name: 'only the first unexplained use is pointed at',
            file: 'a.assessment',
            text: record`
                decision: child in need plan
                  The CIN plan starts in May. The CIN plan is reviewed by the IRO.
            `,
            lines: [2, 2],
            messageIncludes: 'is not spelt out'
        }
    ]
});

test('the quick fix spells it out and keeps the acronym', async () => {
    const fixed = await expectFixed('analysis\n  The CIN plan starts in May.\n', 'language/acronym', { file: 'a.assessment' });
    expect(fixed).toBe('analysis\n  The Child in Need (CIN) plan starts in May.\n');
});
