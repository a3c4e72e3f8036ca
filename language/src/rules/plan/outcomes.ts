import { isOutcome, isPlan } from '../../generated/ast.js';
import { headRange } from '../edits.js';
import type { Rule } from '../rule.js';
import { childrenOf, headerEnd, headerIndent, insertLinesAfterOffset, joinNames } from './shared.js';

/** A plan says what will change for the child: at least one outcome. */
export const planOutcomes: Rule = {
    id: 'plan/outcomes',
    severity: 'error',
    description: 'A plan has at least one outcome: a change to be achieved for the child.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            if (plan.parts.some(isOutcome)) continue;
            const children = joinNames(childrenOf(plan));
            context.report({ range: headRange(context.document, plan) },
                `This plan has no outcomes. Add at least one "outcome" line saying what will be different for ${children}, `
                + 'with a "measure:" and the actions that will get there (Good practice guide, What is a Good Plan?: '
                + 'a good plan sets out the changes to be achieved).');
        }
    },
    fix({ document, diagnostic }) {
        const plan = document.parseResult.value.parts.find(p => isPlan(p) && p.$cstNode?.range.start.line === diagnostic.range.start.line);
        if (!plan || !isPlan(plan) || plan.parts.some(isOutcome)) return [];
        const children = joinNames(childrenOf(plan));
        const lines = [
            '',
            `outcome: <what will be different for ${children}>`,
            '  measure: <how everyone will know this has changed>',
            '  action: <what will be done, and how often>',
            '    who: ',
            '    by: '
        ];
        return [{
            title: 'Add an outcome to fill in',
            edits: [insertLinesAfterOffset(document, headerEnd(plan), lines, headerIndent(document, plan))],
            fixAll: true
        }];
    }
};
