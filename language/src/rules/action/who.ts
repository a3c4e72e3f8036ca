import { isAction, isContingency } from '../../generated/ast.js';
import { insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';

/** Every action in a plan names who will do it. */
export const actionWho: Rule = {
    id: 'action/who',
    severity: 'error',
    description: 'Every action in a plan says who will do it.',
    check(context) {
        for (const action of context.nodes(isAction)) {
            if (action.who.some(w => w.people.length > 0)) continue;
            context.report({ node: action, keyword: 'action:' }, action.who.length === 0
                ? 'This action does not say who will do it. Add a line "who:" under it with the name of a person or agency from the people section.'
                : 'The "who:" line under this action names nobody. Write the name of a person or agency from the people section after it.');
        }
        for (const contingency of context.nodes(isContingency)) {
            if (contingency.who.length === 0 || contingency.who.some(w => w.people.length > 0)) continue;
            context.report({ node: contingency, keyword: 'contingency:' },
                'The "who:" line under this contingency names nobody. Say who will act if the plan is not working.');
        }
    },
    fix({ document, diagnostic }) {
        const action = nodeStartingOn(document, diagnostic.range.start.line, isAction);
        if (!action || action.who.length > 0) return [];
        return [{ title: 'Add a "who:" line to this action', edits: [insertLineUnder(document, action, 'who: ')], fixAll: true }];
    }
};
