import { expect, test } from 'vitest';
import { formatTooLarge } from '../../../language/src/rules/format/too-large.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings } from '../../helpers/services.js';

const weakPlan = 'plan "P"\n  outcome a: Amira goes to school.\n    action: Walk to school.\n';
const long = weakPlan + `analysis\n${'  The school says she is doing well this term.\n'.repeat(14000)}`;

ruleCases(formatTooLarge, {
    valid: [{ name: 'a record of ordinary length', text: weakPlan }],
    invalid: [{ name: 'a record over the limit', text: long, lines: [1], messageIncludes: 'only the basic checks ran' }]
});

test('over the limit, only the basic checks run; under it, every check', async () => {
    const large = new Set((await findings(long)).map(d => String(d.code)));
    expect(large).toContain('action/who');
    expect(large).not.toContain('plan/contingency');
    const raised = new Set((await findings(long, 'record.plan', { fullCheckChars: 10_000_000 })).map(d => String(d.code)));
    expect(raised).toContain('plan/contingency');
    expect(raised).not.toContain('format/too-large');
});
