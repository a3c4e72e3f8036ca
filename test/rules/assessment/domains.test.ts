import { expect, test } from 'vitest';
import { assessmentDomains } from '../../../language/src/rules/assessment/domains.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, without } from './records.js';

const noParenting = without(LEO, 'parenting capacity', '  Chloe loves Leo, but on some mornings her low mood means she cannot get him fed.');
const noNeeds = without(LEO, 'developmental needs', '  fact: Leo came to nursery hungry on 9 of 20 days in December.', '    source: Nursery, breakfast log, 05/01/2026');

ruleCases(assessmentDomains, {
    valid: [
        { name: 'a complete assessment', text: LEO },
        { name: 'headings written another way', text: LEO.replace('family and environment\n', 'family and environmental factors\n').replace('developmental needs\n', "child's developmental needs\n") },
        { name: 'a domain written at the top of the file, before the assessment line', text: `parenting capacity\n  Chloe loves Leo.\n\n${without(LEO, 'parenting capacity')}` }
    ],
    invalid: [
        { name: 'no parenting capacity', text: noParenting, lines: [1], messageIncludes: 'parenting capacity' },
        { name: 'none of the three', text: without(noParenting, 'developmental needs', 'family and environment'), lines: [1, 1, 1] }
    ]
});

test('the fix puts the missing domain back in its usual place', async () => {
    const fixed = await expectFixed(noParenting, 'assessment/domains', { file: 'record.assessment' });
    expect(fixed).toMatch(/05\/01\/2026\n\nparenting capacity\n {2}<how each parent[^\n]*>\n\nfamily and environment/);
});

test('a missing first domain goes after the views sections', async () => {
    const fixed = await expectFixed(noNeeds, 'assessment/domains', { file: 'record.assessment' });
    expect(fixed).toMatch(/if Chloe wanted\.\n\ndevelopmental needs\n {2}<each child's[^\n]*>\n\nparenting capacity/);
});
