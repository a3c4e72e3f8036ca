import { isOutcome, isPlan } from '../../generated/ast.js';
import { insertLinesAfter, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { capital } from '../text.js';
import { innerIndent, outcomeName, outcomeTarget } from './shared.js';

/** Every outcome has at least one action: what will be done to reach it. */
export const outcomeActions: Rule = {
    id: 'outcome/actions',
    severity: 'error',
    description: 'Every outcome has at least one action: what will be done to reach it.',
    check(context) {
        for (const outcome of context.nodes(isOutcome)) {
            if (!isPlan(outcome.$container) || outcome.actions.length > 0) continue;
            context.report(outcomeTarget(context.document, outcome),
                `${capital(outcomeName(outcome))} has no actions. Add at least one "action:" line under it saying what will be done, `
                + 'with "who:" and "by:" lines under the action (Good practice guide, What is a Good Plan?: a good plan sets out '
                + 'what needs to be done and who will be responsible for what).');
        }
    },
    fix({ document, diagnostic }) {
        const outcome = nodeStartingOn(document, diagnostic.range.start.line, isOutcome);
        if (!outcome || outcome.actions.length > 0) return [];
        const lines = ['action: <what will be done, and how often>', '  who: ', '  by: '];
        return [{
            title: 'Add an action to this outcome',
            edits: [insertLinesAfter(document, outcome, lines, innerIndent(document, outcome))],
            fixAll: true
        }];
    }
};
