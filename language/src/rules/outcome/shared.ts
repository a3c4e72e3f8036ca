import type { LangiumDocument } from 'langium';
import type { Outcome } from '../../generated/ast.js';
import { headRange, indentOf } from '../edits.js';
import type { Target } from '../rule.js';

/** Where a finding about a whole outcome is shown: its first line. */
export function outcomeTarget(document: LangiumDocument, outcome: Outcome): Target {
    return { range: headRange(document, outcome) };
}

/** How an outcome is named in a message: `the outcome "attendance"`, or `this outcome`. */
export function outcomeName(outcome: Outcome): string {
    return outcome.name ? `the outcome "${outcome.name}"` : 'this outcome';
}

/** The indentation of the lines that belong to an outcome (two spaces in from it). */
export function innerIndent(document: LangiumDocument, outcome: Outcome): string {
    return `${indentOf(document, outcome)}  `;
}

/**
 * Where the outcome's own lines end: its words (which may run over several lines) and any
 * "addresses:" or "measure:" lines before its first action.
 */
export function endOfOutcomeHead(outcome: Outcome): number {
    const cst = outcome.$cstNode!;
    const children = [...outcome.addresses, ...outcome.measures, ...outcome.actions];
    const firstChild = Math.min(cst.end, ...children.map(n => n.$cstNode?.offset ?? cst.end));
    let end = cst.offset + cst.text.slice(0, firstChild - cst.offset).trimEnd().length;
    const firstAction = Math.min(Infinity, ...outcome.actions.map(a => a.$cstNode?.offset ?? Infinity));
    for (const node of [...outcome.addresses, ...outcome.measures]) {
        const c = node.$cstNode;
        if (c && c.offset < firstAction && c.end > end) end = c.end;
    }
    return end;
}
