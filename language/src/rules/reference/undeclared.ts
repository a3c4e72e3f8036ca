import type { AstNode, Reference } from 'langium';
import { isFromField, isPartyRef, isProgress, isSafetyGoal, isWho, isWorryRef } from '../../generated/ast.js';
import { isCollective } from '../action/who.js';
import type { Rule, RuleContext } from '../rule.js';

/** Every name a record points at is declared: people and agencies, worries, outcomes, the assessment a plan comes from. */
export const referenceUndeclared: Rule = {
    id: 'reference/undeclared',
    severity: 'error',
    description: 'Every person, agency, worry, outcome or assessment a record names is declared somewhere.',
    basic: true,
    check(context) {
        for (const node of context.nodes(isPartyRef)) {
            // A group named on a who: line is action/who's to explain, not a missing person.
            if (isWho(node.$container) && isCollective(node.party.$refText)) continue;
            check(context, node, 'party', node.party, name =>
                `'${name}' is not in the people section. Use the short name of someone who is, or add a line there with their role, a one-word short name and their full name in quotes (for example: aunt Mina "Mina Hassan").`);
        }
        for (const node of context.nodes(isWorryRef)) {
            check(context, node, 'worry', node.worry, name =>
                `No worry is called '${name}'. Use the short name given after "worry", "danger statement" or "complicating factor".`);
        }
        for (const node of context.nodes(isFromField)) {
            check(context, node, 'assessment', node.assessment, name =>
                `No assessment called '${name}' was found. Write the assessment's title exactly as it is on its "assessment" line.`);
        }
        for (const node of context.nodes(isProgress)) {
            check(context, node, 'outcome', node.outcome, name =>
                `This plan has no outcome called '${name}'. Use the short name given after "outcome".`);
        }
        for (const node of context.nodes(isSafetyGoal)) {
            check(context, node, 'danger', node.danger, name =>
                `No worry or danger statement is called '${name}'. Use the short name given after "danger statement" (or "worry").`);
        }
    },
    fix({ diagnostic, data }) {
        const suggestions = Array.isArray(data.suggestions) ? data.suggestions as string[] : [];
        return suggestions.map((name, i) => ({
            title: `Change to '${name}'`,
            edits: [{ range: diagnostic.range, newText: name }],
            preferred: i === 0 && suggestions.length === 1
        }));
    }
};

function check(context: RuleContext, node: AstNode, property: string, ref: Reference | undefined, message: (name: string) => string): void {
    if (!ref || ref.ref || !ref.$refText.trim()) return;
    const name = ref.$refText.trim();
    const suggestions = closest(name, context.candidates(node, property));
    context.report({ node, property }, message(name), { suggestions });
}

/** Declared names close to what was typed: the same letters in another case, or one or two letters apart. */
export function closest(name: string, candidates: readonly string[]): string[] {
    const lower = name.toLowerCase();
    const scored = [...new Set(candidates)]
        .map(c => ({ c, d: c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase()) }))
        .filter(x => x.d <= Math.min(2, Math.floor(name.length / 3)))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
    return scored.slice(0, 3).map(x => x.c);
}

function distance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
