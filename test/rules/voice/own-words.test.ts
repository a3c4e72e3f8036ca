import { expect, test } from 'vitest';
import { voiceOwnWords } from '../../../language/src/rules/voice/own-words.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from '../assessment/records.js';

const quote = '  > Mummy is sleepy in the mornings.';
const noWords = without(LEO, quote);
const voiceLine = lineOf(LEO, 'voice of Leo');
const baby = LEO.replace('born 02/08/2021', 'born 01/12/2025').replace(quote, '  observed: Leo was settled in Chloe\'s arms.');

ruleCases(voiceOwnWords, {
    valid: [
        { name: 'a quote in the child\'s words', text: LEO },
        { name: 'a baby with an observed line', text: baby },
        { name: 'a child who does not use words, with communication and observed lines', text: LEO.replace(quote, '  communication: Leo uses Makaton signs and pictures.\n  observed: Leo pointed to the picture of his dad and smiled.') }
    ],
    invalid: [
        { name: 'no words of the child', text: noWords, lines: [voiceLine], messageIncludes: "Leo's own words" },
        { name: 'an observed line for a child of four', text: LEO.replace(quote, '  observed: Leo played with cars.'), lines: [voiceLine] },
        { name: 'a baby with neither', text: without(baby, "  observed: Leo was settled in Chloe's arms."), lines: [voiceLine], messageIncludes: 'observed:' },
        { name: 'an empty quote line', text: LEO.replace(quote, '  >'), lines: [voiceLine] }
    ]
});

test('the fix adds a line for the child\'s words', async () => {
    const fixed = await expectFixed(noWords, 'voice/own-words', { file: 'record.assessment' });
    expect(fixed).toContain("Saturdays.\n  > <Leo's own words, exactly as said>\n");
});

test('for a baby the fix adds an observed line', async () => {
    const fixed = await expectFixed(without(baby, "  observed: Leo was settled in Chloe's arms."), 'voice/own-words', { file: 'record.assessment' });
    expect(fixed).toContain('Saturdays.\n  observed: <what you saw of Leo');
});
