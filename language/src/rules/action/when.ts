import { isAction } from '../../generated/ast.js';
import { insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';

/** Every action in a plan says by when it will be done. */
export const actionWhen: Rule = {
    id: 'action/when',
    severity: 'error',
    description: 'Every action in a plan says by when it will be done: a date or a timeframe.',
    basic: true,
    check(context) {
        for (const action of context.nodes(isAction)) {
            if (action.by.some(b => b.date || b.text)) continue;
            context.report({ node: action, keyword: 'action:' }, action.by.length === 0
                ? 'This action does not say by when it will be done. Add a line "by:" under it with a date (such as 01/05/2026) or a timeframe (such as "every Monday" or "within 2 weeks").'
                : 'The "by:" line under this action is empty. Write a date (such as 01/05/2026) or a timeframe (such as "every Monday" or "within 2 weeks") after it.');
        }
    },
    fix({ document, diagnostic }) {
        const action = nodeStartingOn(document, diagnostic.range.start.line, isAction);
        if (!action || action.by.length > 0) return [];
        return [{ title: 'Add a "by:" line to this action', edits: [insertLineUnder(document, action, 'by: ')], fixAll: true }];
    }
};
