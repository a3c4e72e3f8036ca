import type { AstNode } from 'langium';
import { isDateField, isNextReviewField } from '../../generated/ast.js';
import { dateProblem } from '../../dates.js';
import type { Rule } from '../rule.js';

const anyNode = (node: AstNode): node is AstNode => true;

/** Dates are real calendar dates, and the fields that are dates hold one. */
export const timeInvalidDate: Rule = {
    id: 'time/invalid-date',
    severity: 'error',
    description: 'Every date is a real date, written as 14/05/2026 or 2026-05-14.',
    basic: true,
    check(context) {
        for (const node of context.nodes(anyNode)) {
            for (const property of ['date', 'birth'] as const) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (typeof value !== 'string') continue;
                const problem = dateProblem(value);
                if (problem) context.report({ node, property }, problem);
            }
        }
        for (const field of [...context.nodes(isDateField), ...context.nodes(isNextReviewField)]) {
            if (field.date || !field.note) continue;
            const label = isDateField(field) ? field.label : 'next review:';
            context.report({ node: field, property: 'note' },
                `"${label}" needs a date. '${field.note}' is not one: write it as day/month/year, for example 14/05/2026.`);
        }
    }
};
