import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isKindField, isPlan, isWorry, type Model, type Plan, type Worry } from '../../generated/ast.js';

/**
 * Questions about plans that the plan, safety and vague-wording checks share: what kind of plan
 * it is, its danger statements, and which plan a line or a finding belongs to.
 */

/** What a plan says it is on its `kind:` line, in small letters ('' when it does not say). */
export function kindOf(plan: Plan): string {
    const field = plan.fields.find(isKindField);
    return (field?.value ?? '').toLowerCase();
}

/** A child protection or safety plan, or any plan that sets out danger statements. */
export function isSafetyPlan(plan: Plan): boolean {
    const kind = kindOf(plan);
    return kind.includes('child protection') || kind.includes('safety') || dangerStatementsIn(plan).length > 0;
}

/** The danger statements written in the plan itself. */
export function dangerStatementsIn(plan: Plan): Worry[] {
    return plan.parts.filter((p): p is Worry => isWorry(p) && p.kind === 'danger statement');
}

/** The last node, in document order, of those given. */
export function lastOf<T extends AstNode>(nodes: readonly T[]): T | undefined {
    let last: T | undefined;
    for (const n of nodes) if (!last || (n.$cstNode?.offset ?? 0) > (last.$cstNode?.offset ?? 0)) last = n;
    return last;
}

/** The plan a node belongs to, if any. */
export function planOf(node: AstNode): Plan | undefined {
    return AstUtils.getContainerOfType(node, (n): n is Plan => n.$type === 'Plan');
}

/** The plan whose first line is a given line: the one a finding about a whole plan was shown on. */
export function planOnLine(document: LangiumDocument<Model>, line: number): Plan | undefined {
    return document.parseResult.value.parts.find((p): p is Plan => isPlan(p) && p.$cstNode?.range.start.line === line);
}
