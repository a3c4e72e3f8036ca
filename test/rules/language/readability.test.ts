import { expect, test } from 'vitest';
import { readabilityOf, syllables } from '../../../language/src/prose/readability.js';
import { sentencesOf } from '../../../language/src/prose/sentences.js';
import { languageReadability } from '../../../language/src/rules/language/readability.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const hard = 'Notwithstanding the considerable improvements demonstrated in parental engagement throughout the assessment period, '
    + 'the cumulative impact of intergenerational difficulties necessitates continued multi-agency intervention. '
    + 'Consideration should additionally be given to therapeutic provision. Identified vulnerabilities remain significant.';

ruleCases(languageReadability, {
    valid: [
        {
            name: 'short sentences and everyday words',
            file: 'a.assessment',
            text: record`
                analysis
                  Sara and Idris have come to every meeting since March. Things are calmer at home.
                  Both parents grew up in care. They say that makes it hard to ask for help.
            `
        },
        {
            name: 'too little to judge',
            file: 'a.assessment',
            text: `analysis\n  Notwithstanding considerable intergenerational difficulties, therapeutic provision continues.\n`
        }
    ],
    invalid: [
        { name: 'long words and long sentences', file: 'a.assessment', text: `analysis\n  ${hard}\n`, lines: [1], messageIncludes: 'reading ease' },
        {
            name: 'a child\'s voice section is held to a higher standard',
            file: 'a.assessment',
            text: record`
                voice of Amira
                  Amira told me about her school and her friends and the things she likes doing at the weekend with her dad.
                  She said that she likes breakfast club because her friend Lily goes there every single morning too.
                  She would like to see her dad more often, and she would like her mum to be happier at home.
            `,
            lines: [1],
            messageIncludes: 'which a child may read'
        }
    ]
});

test('the team can set its own targets', async () => {
    const easy = 'analysis\n  Sara and Idris have come to every meeting since March. Things are calmer at home.\n  Both parents grew up in care. They say that makes it hard to ask for help.\n';
    const strict = { readability: { minEase: 99, maxAverageWords: 5, childMinEase: 99, childMaxAverageWords: 5 } };
    expect((await findings(easy, 'a.assessment')).filter(d => d.code === 'language/readability')).toEqual([]);
    const found = (await findings(easy, 'a.assessment', strict)).filter(d => d.code === 'language/readability');
    expect(found.map(d => d.message)).toEqual([expect.stringContaining('(aim for 99 or more)')]);
});

test('figures: syllables, sentences and reading ease', () => {
    expect(['cat', 'table', 'social', 'assessment', 'family'].map(syllables)).toEqual([1, 2, 2, 3, 3]);
    expect(sentencesOf('Dr. Shah saw Amira. She was well! Was Yusuf? Yes.').map(s => s.text)).toEqual(['Dr. Shah saw Amira.', 'She was well!', 'Was Yusuf?', 'Yes.']);
    const easy = readabilityOf('The cat sat on the mat. The dog ran to the park. We had tea.');
    expect(easy.readingEase).toBeGreaterThan(90);
    expect(readabilityOf(hard).readingEase).toBeLessThan(20);
});
