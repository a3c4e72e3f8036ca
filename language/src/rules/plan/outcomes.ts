import { isOutcome, isPlan } from '../../generated/ast.js';
import { headRange, insertLinesAfterOffset } from '../edits.js';
import { childNamesOf, headerEnd, headerIndent } from '../record.js';
import type { Rule } from '../rule.js';
import { joinNames } from '../text.js';
import { planOnLine } from './shared.js';

/** A plan says what will change for the child: at least one outcome. */
export const planOutcomes: Rule = {
    id: 'plan/outcomes',
    severity: 'error',
    description: 'A plan has at least one outcome: a change to be achieved for the child.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            if (plan.parts.some(isOutcome)) continue;
            const children = joinNames(childNamesOf(plan));
            context.report({ range: headRange(context.document, plan) },
                `This plan has no outcomes. Add at least one "outcome" line saying what will be different for ${children}, `
                + 'with a "measure:" and the actions that will get there (Good practice guide, What is a Good Plan?: '
                + 'a good plan sets out the changes to be achieved).');
        }
    },
    fix({ document, diagnostic }) {
        const plan = planOnLine(document, diagnostic.range.start.line);
        if (!plan || plan.parts.some(isOutcome)) return [];
        const children = joinNames(childNamesOf(plan));
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
