import collective from '../../data/action-collective-owners.json' with { type: 'json' };
import { isAction, isContingency, isWho } from '../../generated/ast.js';
import { insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';

/** Every action in a plan names who will do it. */
export const actionWho: Rule = {
    id: 'action/who',
    severity: 'error',
    description: 'Every action in a plan says who will do it.',
    basic: true,
    check(context) {
        for (const action of context.nodes(isAction)) {
            if (action.who.some(w => w.people.length > 0)) continue;
            context.report({ node: action, keyword: 'action:' }, action.who.length === 0
                ? 'This action does not say who will do it. Add a line "who:" under it with the name of a person or agency from the people section.'
                : 'The "who:" line under this action names nobody. Write the name of a person or agency from the people section after it.');
        }
        for (const who of context.nodes(isWho)) {
            who.people.forEach((ref, index) => {
                if (!isCollective(ref.party.$refText)) return;
                context.report({ node: who, property: 'people', index },
                    `"${ref.party.$refText.trim()}" is not someone who can be held to this. Name the person or agency who will do it, from the people section (Good practice guide, What is a Good Plan?: who will be responsible for what).`);
            });
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

const COLLECTIVE = new Set(collective.words);

/** A group ("the family", "all professionals") or a placeholder ("TBC") rather than someone who can act. */
export function isCollective(name: string): boolean {
    return COLLECTIVE.has(name.trim().toLowerCase().replace(/\s+/g, ' '));
}
