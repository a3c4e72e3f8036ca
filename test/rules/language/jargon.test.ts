import { expect, test } from 'vitest';
import { languageJargon } from '../../../language/src/rules/language/jargon.js';
import { applyFix, expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

ruleCases(languageJargon, {
    valid: [
        {
            name: 'plain words, and jargon words in their everyday sense',
            file: 'a.assessment',
            text: record`
                family and environment
                  Amira sees her brothers and sisters every other Sunday.
                  Sara gave Jo her new contact number. Kai has a work experience placement.
            `
        },
        {
            name: 'someone\'s own words are theirs',
            file: 'a.assessment',
            text: record`
                voice of Amira
                  > I want more contact with Dad.
                  Amira said "contact is boring" and laughed.
            `
        }
    ],
    invalid: [
        {
            name: 'care-system language and public-sector jargon',
            file: 'a.assessment',
            text: record`
                family and environment
                  Amira has contact with her siblings every other Sunday.
                  Jo will liaise with the school going forward.
            `,
            lines: [2, 2, 3, 3],
            messageIncludes: 'instead'
        },
        {
            name: 'a term split over two lines, in capitals and in the plural',
            file: 'a.assessment',
            text: record`
                history
                  Kai had three Placements and one foster
                  placement broke down.
            `,
            lines: [2, 2]
        }
    ]
});

test('the quick fix swaps in the plain words and keeps the capital letter', async () => {
    const text = record`
        family and environment
          Contact happens on Sundays.
    `;
    expect(await applyFix(text, 'language/jargon', { file: 'a.assessment' })).toContain('  Family time happens on Sundays.');
    await expectFixed(text, 'language/jargon', { file: 'a.assessment', insertOnly: false });
});

test('a team can remove a term, add one, and change the plain words', async () => {
    const text = 'family and environment\n  Amira has contact on Sundays and a TAC meeting on Mondays and stays at the hub.\n';
    const glossary = {
        remove: ['contact'],
        add: [{ term: 'hub', category: 'public-sector jargon' as const, alternatives: ['family centre'], why: 'Nobody knows what the hub is.', source: 'Team glossary' }],
        alternatives: { TAC: ['team around the child'] }
    };
    const found = (await findings(text, 'a.assessment', { glossary })).filter(d => String(d.code).startsWith('language/'));
    const byPlace = [...found].sort((a, b) => a.range.start.character - b.range.start.character);
    expect(byPlace.map(d => d.message.split('"')[1])).toEqual(['TAC', 'hub']);
    expect(byPlace[1].message).toContain('"family centre"');
});
