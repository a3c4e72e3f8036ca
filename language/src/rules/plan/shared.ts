import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import {
    isAgency, isKindField, isPerson, isWorries, isWorry,
    type Assessment, type Party, type Plan, type Worry
} from '../../generated/ast.js';
import { indentOf } from '../edits.js';
import { isChild, partiesFor, sectionsOf } from '../record.js';

/**
 * Questions the plan, outcome, safety and vague-wording checks share: who a plan is for,
 * where its header ends, and where a phrase sits in a piece of writing.
 */

/** The children a plan is for: those declared in its file or in the assessment it comes from. */
export function childrenOf(plan: Plan): string[] {
    return unique(partiesFor(plan).filter(isChild).map(c => c.name));
}

/** "Amira", "Amira and Yusuf", "Kai, Ruby and Zac"; `fallback` when there are none. */
export function joinNames(names: readonly string[], fallback = 'the child'): string {
    if (names.length === 0) return fallback;
    if (names.length === 1) return names[0];
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The names by which the adults and agencies of a plan can be written: short names and full names. */
export function adultNames(plan: Plan, keep: (party: Party) => boolean = () => true): string[] {
    const names: string[] = [];
    for (const party of partiesFor(plan)) {
        if (isChild(party) || !keep(party)) continue;
        if (party.name) names.push(party.name);
        if ((isPerson(party) || isAgency(party)) && party.fullName) names.push(party.fullName);
    }
    return unique(names);
}

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

/** Every worry, danger statement and complicating factor of an assessment. */
export function worriesOf(assessment: Assessment): Worry[] {
    const found: Worry[] = [];
    for (const section of sectionsOf(assessment)) {
        if (isWorries(section)) found.push(...section.worries);
    }
    return found;
}

/** A short, quoted piece of a longer text, cut at a word. */
export function brief(text: string | undefined, length = 70): string {
    const t = (text ?? '').trim();
    if (t.length <= length) return t;
    const cut = t.slice(0, length);
    const space = cut.lastIndexOf(' ');
    return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that finds a phrase as whole words, whatever its capitals, allowing a line break
 * or several spaces between its words.
 */
export function phrasePattern(phrase: string): RegExp {
    const words = phrase.trim().split(/\s+/).map(escape).join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
}

/** True when a text holds any of the phrases as whole words. */
export function hasAny(text: string, phrases: readonly string[]): boolean {
    return phrases.some(p => phrasePattern(p).test(text));
}

/** The first of the phrases that a text holds, as whole words. */
export function firstOf(text: string, phrases: readonly string[]): string | undefined {
    return phrases.find(p => phrasePattern(p).test(text));
}

/** Where a written property of a node is in the document: its first character and the one after its last. */
export function propertySpan(node: AstNode, property: string): { offset: number; end: number } | undefined {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    return cst ? { offset: cst.offset, end: cst.end } : undefined;
}

export function rangeOf(document: LangiumDocument, offset: number, end: number): Range {
    return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(end) };
}

/** The end of the line on which an offset lies (before any line break). */
function lineEndAfter(text: string, offset: number): number {
    const lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) return text.length;
    return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/**
 * An edit that adds whole lines after the line on which `offset` lies, each with the given
 * indentation (an empty string gives a blank line). It only inserts.
 */
export function insertLinesAfterOffset(document: LangiumDocument, offset: number, lines: readonly string[], indent: string): TextEdit {
    const text = document.textDocument.getText();
    const end = lineEndAfter(text, offset);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const position = document.textDocument.positionAt(end);
    const body = lines.map(line => (line === '' ? '' : indent + line)).join(newline);
    return { range: { start: position, end: position }, newText: newline + body };
}

/**
 * Where the header of a plan ends: the last character of its header lines (`kind:`, `review:`,
 * ...) and any writing among them, before its first outcome, section or other part.
 */
export function headerEnd(plan: Plan): number {
    const bodyStarts = [...plan.parts, ...plan.sections].map(n => n.$cstNode?.offset ?? Infinity);
    const firstBody = Math.min(Infinity, ...bodyStarts);
    let end = plan.$cstNode?.offset ?? 0;
    for (const node of [...plan.fields, ...plan.items]) {
        const cst = node.$cstNode;
        if (cst && cst.offset < firstBody && cst.end > end) end = cst.end;
    }
    return end;
}

/** The indentation of a plan's header lines (two spaces when it has none yet). */
export function headerIndent(document: LangiumDocument, plan: Plan): string {
    const first = plan.fields[0] ?? plan.parts[0];
    const indent = first ? indentOf(document, first) : '';
    return indent === '' ? '  ' : indent;
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

function unique(names: string[]): string[] {
    return [...new Set(names.filter(n => n.trim() !== ''))];
}
