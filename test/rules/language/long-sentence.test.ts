import { expect, test } from 'vitest';
import { languageLongSentence } from '../../../language/src/rules/language/long-sentence.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const long = 'Amira\'s attendance has improved since the family started going to mediation in March and the school says she now '
    + 'arrives on time most days, although she is still tired on Mondays after weekends at her father\'s flat.';

ruleCases(languageLongSentence, {
    valid: [
        {
            name: 'sentences of 30 words or fewer',
            file: 'a.assessment',
            text: record`
                analysis
                  Amira's attendance has improved since the family started mediation in March.
                  The school says she now arrives on time most days.
            `
        },
        { name: 'a child\'s own long sentence on a > line', file: 'a.assessment', text: `voice of Amira\n  > ${long}\n` }
    ],
    invalid: [
        { name: 'a 37-word sentence', file: 'a.assessment', text: `analysis\n  ${long}\n`, lines: [2], messageIncludes: '37 words' },
        { name: 'a long sentence over two lines', file: 'a.assessment', text: `analysis\n  ${long.replace(' the school', '\n  the school')}\n`, lines: [2] }
    ]
});

test('the limit can be changed', async () => {
    const found = await findings(`analysis\n  ${long}\n`, 'a.assessment', { longSentenceWords: 40 });
    expect(found.filter(d => d.code === 'language/long-sentence')).toEqual([]);
});
