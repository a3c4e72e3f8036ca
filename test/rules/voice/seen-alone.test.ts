import { expect, test } from 'vitest';
import { voiceSeenAlone } from '../../../language/src/rules/voice/seen-alone.js';
import { applyFix, expectFixed, onlyAdded } from '../../helpers/fixes.js';
import { findings } from '../../helpers/services.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from '../assessment/records.js';

const alone = '  seen alone: 13/01/2026 at nursery, in the book corner';
const notAlone = without(LEO, alone);
const withLines = (...lines: string[]) => LEO.replace(alone, lines.join('\n'));
const line = lineOf(LEO, alone);

ruleCases(voiceSeenAlone, {
    valid: [
        { name: 'seen alone with a date', text: LEO },
        { name: 'not seen alone, with the reason and who agreed', text: withLines('  not seen alone: Leo was too upset to leave Chloe on both visits.', '  agreed by: Dev') },
        { name: 'a baby is not expected to be seen alone', text: notAlone.replace('born 02/08/2021', 'born 01/12/2025') }
    ],
    invalid: [
        { name: 'nothing about being seen alone', text: notAlone, lines: [lineOf(LEO, 'voice of Leo')], messageIncludes: 'Leo' },
        { name: 'seen alone with no date', text: withLines('  seen alone: at nursery'), lines: [line], messageIncludes: 'date' },
        { name: 'not seen alone with no one agreeing', text: withLines('  not seen alone: Leo was too upset.'), lines: [line], messageIncludes: 'agreed by' },
        { name: 'not seen alone with no reason', text: withLines('  not seen alone:', '  agreed by: Dev'), lines: [line], messageIncludes: 'why' }
    ]
});

test('the fix adds a seen alone line after the seen line, for the date to be filled in', async () => {
    const fixed = await applyFix(notAlone, 'voice/seen-alone', { file: 'record.assessment' });
    expect(onlyAdded(notAlone, fixed)).toBe(true);
    expect(fixed).toContain('  seen: 08/01/2026 at home, with Chloe\n  seen alone: <date> <where>\n');
    const after = (await findings(fixed, 'record.assessment')).filter(d => d.code === 'voice/seen-alone');
    expect(after.map(d => d.message)).toEqual([expect.stringContaining('Add the date Leo was seen alone')]);
});

test('the other fix records why not, and who agreed', async () => {
    const fixed = await expectFixed(notAlone, 'voice/seen-alone', { file: 'record.assessment', title: 'Add "not seen alone:" with the reason and who agreed' });
    expect(fixed).toContain('  seen: 08/01/2026 at home, with Chloe\n  not seen alone: <why>\n  agreed by: <manager>\n');
});

test('the fix adds an agreed by line', async () => {
    const fixed = await expectFixed(withLines('  not seen alone: Leo was too upset.'), 'voice/seen-alone', { file: 'record.assessment' });
    expect(fixed).toContain('  not seen alone: Leo was too upset.\n  agreed by: <manager>\n');
});
