import { isChildView, isContingency, isOutcome, isPlan } from '../../generated/ast.js';
import { headRange, insertLinesAfter, insertLinesAfterOffset } from '../edits.js';
import { childNamesOf, headerEnd, headerIndent, isBabyOrUnborn, isChild, partiesFor } from '../record.js';
import type { Rule } from '../rule.js';
import { joinNames } from '../text.js';
import { lastOf, planOnLine } from './shared.js';

const WHY = 'Principles of good assessment, Involving children and families: the child\'s views are referenced, including how '
    + 'they will be addressed in the resulting plan';

/** A plan records what the child thinks of it, and how that shaped it. */
export const planChildView: Rule = {
    id: 'plan/child-view',
    severity: 'warning',
    description: 'A plan records the child\'s view of it, in their own words where possible, and how it shaped the plan.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            const views = plan.parts.filter(isChildView);
            const children = joinNames(childNamesOf(plan));
            const think = childNamesOf(plan).length > 1 ? 'think' : 'thinks';
            const babies = partiesFor(plan).filter(isChild).every(c => isBabyOrUnborn(c, context.today)) && childNamesOf(plan).length > 0;
            const how = babies
                ? `For a baby, write what you have seen of ${children}'s day and how the plan takes it into account`
                : `Write what ${children} ${think} of the plan, with their own words on ">" lines, and how it shaped the plan`;
            if (views.length === 0) {
                context.report({ range: headRange(context.document, plan) },
                    `This plan does not record the child's view. Add a "child's view:" line. ${how} (${WHY}).`, { missing: 'child-view' });
                continue;
            }
            for (const view of views) {
                if (view.text || view.items.length > 0) continue;
                context.report({ node: view, keyword: "child's view:" }, `The "child's view:" line is empty. ${how}.`);
            }
        }
    },
    fix({ document, diagnostic, data }) {
        if (data.missing !== 'child-view') return [];
        const plan = planOnLine(document, diagnostic.range.start.line);
        if (!plan || plan.parts.some(isChildView)) return [];
        const children = joinNames(childNamesOf(plan));
        const think = childNamesOf(plan).length > 1 ? 'think' : 'thinks';
        const lines = ['', `child's view: <what ${children} ${think} of the plan, and how that shaped it>`, "  > <the child's own words>"];
        const indent = headerIndent(document, plan);
        const after = lastOf(plan.parts.filter(isContingency)) ?? lastOf(plan.parts.filter(isOutcome)) ?? lastOf(plan.parts);
        return [{
            title: "Add a child's view to fill in",
            edits: [after ? insertLinesAfter(document, after, lines, indent) : insertLinesAfterOffset(document, headerEnd(plan), lines, indent)],
            fixAll: true
        }];
    }
};
