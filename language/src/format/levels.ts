import { CstUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { isAssessment, isModel, isPlan, isSection } from '../generated/ast.js';

/**
 * How far in each line of a record should be, in steps of one level (two spaces), worked
 * out from the parse tree alone:
 * - `assessment` and `plan` lines, and an assessment's sections, at level 0;
 * - a record's header lines and parts, and a section's lines, one level in from what they
 *   belong to (a `source:` one in from its `fact:`, a `who:` one in from its `action:`);
 * - writing that runs on over several lines: one level in from its label or `>`, or, for a
 *   plain paragraph, level with its first line.
 * Lines the tree says nothing about (comments, blank lines, lines it could not place) get no
 * level here; the formatter decides what to do with them.
 */
export interface LineLevel {
    level: number;
    /** the first piece of the line, when the line starts something (not when it runs on) */
    head?: LeafCstNode;
}

export function lineLevels(root: CstNode | undefined, lineCount: number): Array<LineLevel | undefined> {
    const levels: Array<LineLevel | undefined> = new Array(lineCount).fill(undefined);
    if (!root) return levels;
    const leaves = [...CstUtils.streamCst(root)].filter((n): n is LeafCstNode => isLeafCstNode(n) && !n.hidden);
    const nodeLevels = new Map<AstNode, number>();
    for (const leaf of leaves) {
        const line = leaf.range.start.line;
        if (line >= lineCount || levels[line]) continue;
        const owner = leaf.astNode;
        const level = levelOf(owner, nodeLevels) + (firstLeafOf(owner) === leaf ? 0 : 1);
        levels[line] = { level, head: leaf };
    }
    // Writing that runs on: after the lines that start something are known.
    for (const leaf of leaves) {
        const { start, end } = leaf.range;
        if (end.line === start.line) continue;
        const startLevel = levels[start.line]?.level ?? 0;
        const firstOnLine = levels[start.line]?.head === leaf;
        const type = leaf.tokenType.name;
        const level = type === 'TEXT' || (type === 'PROSE' && firstOnLine) ? startLevel : startLevel + 1;
        for (let line = start.line + 1; line <= end.line && line < lineCount; line++) {
            if (!levels[line]) levels[line] = { level };
        }
    }
    return levels;
}

function levelOf(node: AstNode, known: Map<AstNode, number>): number {
    const cached = known.get(node);
    if (cached !== undefined) return cached;
    const container = node.$container;
    let level: number;
    if (isAssessment(node) || isPlan(node) || !container || isModel(container)) level = 0;
    else if (isSection(node) && isAssessment(container)) level = 0;
    else level = levelOf(container, known) + 1;
    known.set(node, level);
    return level;
}

const firstLeaves = new WeakMap<AstNode, LeafCstNode | undefined>();

function firstLeafOf(node: AstNode): LeafCstNode | undefined {
    if (firstLeaves.has(node)) return firstLeaves.get(node);
    let first: LeafCstNode | undefined;
    if (node.$cstNode) {
        for (const n of CstUtils.streamCst(node.$cstNode)) {
            if (isLeafCstNode(n) && !n.hidden) {
                first = n;
                break;
            }
        }
    }
    firstLeaves.set(node, first);
    return first;
}
