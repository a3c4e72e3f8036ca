import { expect, test } from 'vitest';
import { assessmentSiblings } from '../../../language/src/rules/assessment/siblings.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf } from './records.js';

const twoChildren = LEO
    .replace('  mother Chloe', '  child Ruby "Ruby Marsh", born 10/03/2016, lives with her mum\n  mother Chloe')
    .replace('voice of Leo', 'voice of Ruby\n  seen alone: 14/01/2026 at school\n  > I make Leo toast when Mum is asleep.\n\nvoice of Leo');
const rubyConsidered = twoChildren.replace('    source: Nursery, breakfast log, 05/01/2026\n',
    '    source: Nursery, breakfast log, 05/01/2026\n  Ruby is doing well at school but often makes breakfast for Leo.\n');
const inNeeds = LEO.replace('    source: Nursery, breakfast log, 05/01/2026\n',
    '    source: Nursery, breakfast log, 05/01/2026\n  Leo plays football with his brother Sam most days.\n');
const brother = LEO.replace('  > Mummy is sleepy in the mornings.', '  > Mummy is sleepy in the mornings.\n  > My brother Sam plays football with me.');

ruleCases(assessmentSiblings, {
    valid: [
        { name: 'one child', text: LEO },
        { name: 'two children, both under developmental needs', text: rubyConsidered },
        { name: 'a brother who is in the people section', text: brother.replace('  mother Chloe', '  brother Sam "Sam Marsh", 19, lives in Fenwick\n  mother Chloe') },
        { name: 'words after "sister" that are not a name', text: LEO.replace('Chloe lost her job in October.', 'Chloe lost her job in October. Her sister, Mum said, helps. Leo has no brothers or sisters.') }
    ],
    invalid: [
        { name: 'a second child not mentioned under developmental needs', text: twoChildren, lines: [lineOf(twoChildren, 'developmental needs')], messageIncludes: 'Ruby' },
        { name: 'a brother named in the child\'s words but not in the people section', text: brother, lines: [lineOf(brother, 'My brother Sam')], messageIncludes: 'Sam' },
        { name: 'a brother named under developmental needs', text: inNeeds, lines: [lineOf(inNeeds, 'his brother Sam')] },
        {
            name: 'a half-sister named once in the family section and again later',
            text: LEO.replace('Chloe lost her job in October.', 'Chloe lost her job in October. Leo\'s half-sister, Keira, lives with her dad.\n  Keira visits at weekends; Leo\'s sister Keira is 12.'),
            lines: [lineOf(LEO, 'Chloe lost her job in October.')]
        }
    ]
});

test('the fix adds a line about the child under developmental needs', async () => {
    const fixed = await expectFixed(twoChildren, 'assessment/siblings', { file: 'record.assessment' });
    expect(fixed).toContain('    source: Nursery, breakfast log, 05/01/2026\n  <how Ruby is growing and developing');
});

test('the fix adds a brother to the people section, as a child or as a brother', async () => {
    const asChild = await expectFixed(inNeeds, 'assessment/siblings', { file: 'record.assessment' });
    expect(asChild).toContain('  agency Nursery "Bramble Lane Nursery"\n  child Sam "Sam <family name>", <date of birth, and where Sam lives>\n');
    const asBrother = await expectFixed(inNeeds, 'assessment/siblings', { file: 'record.assessment', title: 'Add Sam to the people section as a brother' });
    expect(asBrother).toContain('  brother Sam "Sam <family name>"');
});
