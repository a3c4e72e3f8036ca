import { expect, test } from 'vitest';
import { assessmentParentsViews } from '../../../language/src/rules/assessment/parents-views.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const noTom = without(LEO, 'views of Tom', '  > I could have him more if Chloe wanted.');
const noChloe = without(LEO, 'views of Chloe', "  > Some days I can't get going in the morning. I do love him.");

ruleCases(assessmentParentsViews, {
    valid: [
        { name: 'a complete assessment', text: LEO },
        { name: 'a grandmother and a worker do not need a views section', text: LEO.replace('  worker Dev', '  grandmother Jean "Jean Marsh", lives nearby\n  worker Dev') }
    ],
    invalid: [
        { name: 'a father who lives apart', text: noTom, lines: [lineOf(noTom, 'father Tom')], messageIncludes: 'father' },
        { name: 'a mother', text: noChloe, lines: [lineOf(noChloe, 'mother Chloe')], messageIncludes: "Chloe's views" },
        {
            name: 'a stepfather and a foster carer',
            text: LEO.replace('  worker Dev', '  stepfather Gary "Gary Marsh"\n  foster carer Ann "Ann Lee"\n  worker Dev'),
            lines: [lineOf(LEO, '  worker Dev'), lineOf(LEO, '  worker Dev') + 1]
        },
        {
            name: 'a mother who lives apart',
            text: noChloe.replace('mother Chloe "Chloe Marsh"', 'mother Chloe "Chloe Marsh", lives separately in Leeds'),
            lines: [lineOf(noChloe, 'mother Chloe')],
            messageIncludes: 'lives apart'
        }
    ]
});

test('the fix adds a views section after the last one', async () => {
    const fixed = await expectFixed(noTom, 'assessment/parents-views', { file: 'record.assessment' });
    expect(fixed).toMatch(/I do love him\.\n\nviews of Tom\n {2}> <what Tom said, in Tom's own words>\n {2}<what Tom thinks[^\n]*>\n\ndevelopmental needs/);
});
