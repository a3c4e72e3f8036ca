import { expect, test } from 'vitest';
import { assessmentAgencies } from '../../../language/src/rules/assessment/agencies.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { LEO, lineOf, without } from './records.js';

const consent = '  consent: Chloe agreed on 06/01/2026 that Dev could speak to the nursery.';
/** Leo's record with nothing from the nursery: the fact's source is a home visit. */
const nothing = without(LEO, 'information from agencies', consent)
    .replace('source: Nursery, breakfast log, 05/01/2026', 'source: Dev, home visit, 08/01/2026');
const onlyConsent = LEO.replace('source: Nursery, breakfast log, 05/01/2026', 'source: Dev, home visit, 08/01/2026');

ruleCases(assessmentAgencies, {
    valid: [
        { name: 'a fact whose source is an agency', text: LEO },
        { name: 'an opinion of an agency', text: nothing.replace('  Chloe lost her job in October.', '  opinion of Nursery: Leo is a happy boy.\n    based on: daily records') },
        { name: 'a section with what an agency said', text: onlyConsent.replace(consent, `${consent}\n  The nursery said Leo is often hungry on Mondays.`) },
        { name: 'a section that says why no agency was asked', text: onlyConsent.replace(consent, '  Leo is not yet at nursery and no other agency knows the family.') }
    ],
    invalid: [
        { name: 'nothing from another agency', text: nothing, lines: [1], messageIncludes: 'information from agencies' },
        { name: 'a section with only a consent line', text: onlyConsent, lines: [lineOf(onlyConsent, 'information from agencies')], messageIncludes: 'Nothing is written' }
    ]
});

test('the fix adds an information from agencies section after the worries', async () => {
    const fixed = await expectFixed(nothing, 'assessment/agencies', { file: 'record.assessment' });
    expect(fixed).toMatch(/arrives at nursery hungry\.\n\ninformation from agencies\n {2}consent: <[^\n]*>\n {2}<what each agency told you[^\n]*>\n\nanalysis/);
});

test('the fix adds a line under an empty section', async () => {
    const fixed = await expectFixed(onlyConsent, 'assessment/agencies', { file: 'record.assessment' });
    expect(fixed).toContain(`${consent}\n  <what each agency told you`);
});
