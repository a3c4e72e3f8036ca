import { isNextReviewField, isPlan, isReviewField } from '../../generated/ast.js';
import { headRange, insertLinesAfterOffset } from '../edits.js';
import { headerEnd, headerIndent } from '../record.js';
import type { Rule } from '../rule.js';
import { shortestCadence } from './cadence.js';
import { planOnLine } from './shared.js';

const WHY = '(Good practice guide, What is a Good Plan?: a good plan sets out how often it will be reviewed)';

/** A plan says how often it is reviewed, no less often than the team allows, and when the next review is. */
export const planReview: Rule = {
    id: 'plan/review',
    severity: 'error',
    description: 'A plan says how often it is reviewed, and the date of its next review.',
    check(context) {
        const maxWeeks = context.settings.reviewMaxWeeks;
        for (const plan of context.nodes(isPlan)) {
            const reviews = plan.fields.filter(isReviewField);
            const next = plan.fields.filter(isNextReviewField);
            if (reviews.length === 0) {
                context.report({ range: headRange(context.document, plan) },
                    `This plan does not say how often it is reviewed. Add a line such as "review: every 6 weeks" under the plan line ${WHY}.`,
                    { missing: 'review' });
            }
            for (const review of reviews) {
                if (!review.cadence) {
                    context.report({ node: review, keyword: 'review:' },
                        'The "review:" line is empty. Say how often the plan is reviewed, for example "every 6 weeks" or "monthly".');
                    continue;
                }
                const cadence = shortestCadence(review.cadence);
                if (!cadence) {
                    context.report({ node: review, property: 'cadence' },
                        `"${review.cadence}" does not say how often the plan is reviewed. Write how often, for example "every 6 weeks" `
                        + `or "monthly", so that everyone knows when progress will be looked at ${WHY}.`);
                } else if (cadence.weeks > maxWeeks + 1e-6) {
                    context.report({ node: review, property: 'cadence' },
                        `Reviews "${cadence.text}" are too far apart: this team reviews plans at least every ${maxWeeks} weeks. `
                        + 'Review the plan more often, so that a plan that is not working is noticed in time.');
                }
            }
            if (next.length === 0) {
                context.report({ range: headRange(context.document, plan) },
                    'This plan does not give the date of its next review. Add a line such as "next review: 12/06/2026" under the plan line, '
                    + 'so that everyone, the family too, knows when progress will be looked at.', { missing: 'next review' });
            } else if (next.every(n => !n.date && !n.note)) {
                context.report({ node: next[0], keyword: 'next review:' },
                    'The "next review:" line has no date. Write the date of the next review, for example 12/06/2026.');
            }
        }
    },
    fix({ document, diagnostic, data }) {
        const plan = planOnLine(document, diagnostic.range.start.line);
        if (!plan) return [];
        const indent = headerIndent(document, plan);
        if (data.missing === 'review' && !plan.fields.some(isReviewField)) {
            return [{
                title: 'Add a "review:" line (every 6 weeks)',
                edits: [insertLinesAfterOffset(document, headerEnd(plan), ['review: every 6 weeks'], indent)]
            }];
        }
        if (data.missing === 'next review' && !plan.fields.some(isNextReviewField)) {
            return [{
                title: 'Add a "next review:" line to fill in',
                edits: [insertLinesAfterOffset(document, headerEnd(plan), ['next review: <date>'], indent)],
                fixAll: true
            }];
        }
        return [];
    }
};
