import type { Rule } from '../rule.js';
import { findSuppressions } from '../suppressions.js';

/** A comment that turns a check off names real checks and says why. */
export const formatIgnoreComment: Rule = {
    id: 'format/ignore-comment',
    severity: 'warning',
    description: 'A comment that turns a check off names the check and says why.',
    basic: true,
    check(context) {
        const text = context.document.textDocument.getText();
        for (const s of findSuppressions(text)) {
            const range = { start: { line: s.line, character: s.idsStart }, end: { line: s.line, character: Math.max(s.idsEnd, s.idsStart + 1) } };
            if (s.ids.length === 0) {
                context.report({ range }, 'Say which check to turn off, and why: for example "# lens-ignore action/vague: the family chose these words".');
                continue;
            }
            const unknown = s.ids.filter(id => !context.ruleIds.includes(id));
            if (unknown.length > 0) {
                context.report({ range }, `There is no check called ${unknown.map(id => `'${id}'`).join(' or ')}, so this comment turns nothing off. "assessment-lens rules" lists the checks.`);
            }
            if (s.reason === '') {
                context.report({ range }, `Give a reason after a colon, for example "# lens-ignore ${s.ids[0]}: <why this is right here>". Without a reason the check stays on, so anyone reading the record knows why a check was turned off.`);
            } else if (s.scope === 'line' && s.target < 0) {
                context.report({ range }, 'This comment turns a check off for the next line, but no line follows it.');
            }
        }
    }
};
