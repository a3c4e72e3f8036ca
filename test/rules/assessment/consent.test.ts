import { expect, test } from 'vitest';
import { assessmentConsent } from '../../../language/src/rules/assessment/consent.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const consent = '  consent: Chloe agreed on 06/01/2026 that Dev could speak to the nursery.';
const told = LEO.replace(consent, '  The nursery said Leo is often hungry on Mondays.');
const noSection = without(LEO, 'information from agencies', consent);

ruleCases(assessmentConsent, {
    valid: [
        { name: 'a consent line', text: LEO },
        { name: 'consent not sought, with the reason', text: told.replace('  The nursery said', '  consent: not sought, because asking would put Leo at risk; agreed by the team manager on 05/01/2026.\n  The nursery said') },
        {
            name: 'no information from other agencies',
            text: without(LEO, 'information from agencies', consent).replace('source: Nursery, breakfast log, 05/01/2026', 'source: Dev, home visit, 08/01/2026')
        }
    ],
    invalid: [
        { name: 'what the nursery said, with no consent line', text: told, lines: [lineOf(told, 'information from agencies')], messageIncludes: 'agreed' },
        { name: 'a fact from the nursery, with no section', text: noSection, lines: [1] },
        { name: 'an empty consent line', text: LEO.replace(consent, '  consent:'), lines: [lineOf(LEO, consent)], messageIncludes: 'empty' }
    ]
});

test('the fix adds a consent line at the top of the section', async () => {
    const fixed = await expectFixed(told, 'assessment/consent', { file: 'record.assessment' });
    expect(fixed).toContain('information from agencies\n  consent: <who agreed, and when');
});

test('the fix adds a section with a consent line', async () => {
    const fixed = await expectFixed(noSection, 'assessment/consent', { file: 'record.assessment' });
    expect(fixed).toMatch(/hungry\.\n\ninformation from agencies\n {2}consent: <[^\n]*>\n\nanalysis/);
});
