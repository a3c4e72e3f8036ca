import { expect, test } from 'vitest';
import { voiceMissing } from '../../../language/src/rules/voice/missing.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';
import { LEO, lineOf } from '../assessment/records.js';

const withChild = (line: string) => LEO.replace('  mother Chloe', `${line}\n  mother Chloe`);
const ruby = withChild('  child Ruby "Ruby Marsh", born 10/03/2016');
const baby = withChild('  child Poppy "Poppy Marsh", born 01/12/2025');
const unborn = withChild('  unborn child Baby "Baby Marsh", due 20/09/2026');
const childLine = lineOf(LEO, '  mother Chloe');

ruleCases(voiceMissing, {
    valid: [
        { name: 'every child has a voice section', text: LEO },
        { name: 'a baby with an observed line', text: baby.replace('views of Chloe', 'voice of Poppy\n  observed: Poppy smiled at Chloe.\n\nviews of Chloe') },
        { name: 'a plan is not checked', text: record`
            people
              child Leo "Leo Marsh", born 02/08/2021

            plan "Child in need plan for Leo"
              review: every 6 weeks
        ` }
    ],
    invalid: [
        { name: 'a second child with no voice section', text: ruby, lines: [childLine], messageIncludes: 'Ruby has no "voice of Ruby" section' },
        { name: 'a baby', text: baby, lines: [childLine], messageIncludes: 'observed' },
        { name: 'an unborn child', text: unborn, lines: [childLine], messageIncludes: 'not yet born' },
        { name: 'no voice sections at all', text: LEO.replace(/voice of Leo[^]*?Saturdays\.\n\n/, ''), lines: [lineOf(LEO, 'child Leo')] }
    ]
});

test('the fix adds a voice section after the last one', async () => {
    const fixed = await expectFixed(ruby, 'voice/missing', { file: 'record.assessment' });
    expect(fixed).toContain([
        "Daddy's dog on Saturdays.",
        '',
        'voice of Ruby',
        '  seen: <date> <where, and who was there>',
        '  seen alone: <date> <where>',
        "  > <Ruby's own words, exactly as said>",
        '  wishes: <what Ruby would like to happen>',
        "  feelings: <how Ruby feels about home, school and the people in Ruby's life>",
        '',
        'views of Chloe'
    ].join('\n'));
});

test('for a baby the fix asks for what was observed', async () => {
    const fixed = await expectFixed(baby, 'voice/missing', { file: 'record.assessment' });
    expect(fixed).toMatch(/voice of Poppy\n {2}seen: <date>[^\n]*\n {2}observed: <what you saw of Poppy[^\n]*>\n\nviews of Chloe/);
});

test('with no voice sections the fix goes after the people section', async () => {
    const text = LEO.replace(/voice of Leo[^]*?Saturdays\.\n\n/, '');
    const fixed = await expectFixed(text, 'voice/missing', { file: 'record.assessment' });
    expect(fixed).toMatch(/agency Nursery "Bramble Lane Nursery"\n\nvoice of Leo\n/);
});
