import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';

interface Label {
    name: string;
    kind: SymbolKind;
    detail?: string;
}

/**
 * The outline: the record, its sections, the people, worries, outcomes and actions.
 * Prose lines are left out so that the outline reads like the form's headings.
 */
export class RecordDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(_services: LangiumServices) {}

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        return this.children(document, document.parseResult.value);
    }

    private children(document: LangiumDocument, node: AstNode): DocumentSymbol[] {
        const symbols: DocumentSymbol[] = [];
        for (const child of childNodes(node)) {
            const label = labelOf(child);
            const nested = this.children(document, child);
            if (!label || !child.$cstNode) {
                symbols.push(...nested);
                continue;
            }
            const range = child.$cstNode.range;
            symbols.push({
                name: label.name || '(no name)',
                kind: label.kind,
                detail: label.detail,
                range,
                selectionRange: { start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: 10_000 } },
                children: nested
            });
        }
        return symbols;
    }
}

function* childNodes(node: AstNode): Iterable<AstNode> {
    for (const value of Object.entries(node)) {
        const [key, v] = value;
        if (key.startsWith('$')) continue;
        if (Array.isArray(v)) {
            for (const item of v) if (isNode(item)) yield item;
        } else if (isNode(v)) {
            yield v;
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string' && (value as AstNode).$container !== undefined;
}

function short(text: string | undefined, max = 50): string | undefined {
    if (!text) return undefined;
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function labelOf(node: AstNode): Label | undefined {
    if (ast.isAssessment(node)) return { name: node.name ?? 'Assessment', kind: SymbolKind.File, detail: 'assessment' };
    if (ast.isPlan(node)) return { name: node.name ?? 'Plan', kind: SymbolKind.File, detail: 'plan' };
    if (ast.isPeople(node)) return { name: 'People', kind: SymbolKind.Namespace };
    if (ast.isPerson(node)) return { name: node.name, kind: SymbolKind.Variable, detail: node.role };
    if (ast.isAgency(node)) return { name: node.name, kind: SymbolKind.Variable, detail: 'agency' };
    if (ast.isVoice(node)) return { name: `Voice of ${node.child?.party.$refText ?? ''}`, kind: SymbolKind.Namespace };
    if (ast.isViews(node)) return { name: `Views of ${node.person?.party.$refText ?? ''}`, kind: SymbolKind.Namespace };
    if (ast.isTopicSection(node)) return { name: node.topic.charAt(0).toUpperCase() + node.topic.slice(1), kind: SymbolKind.Namespace };
    if (ast.isWorries(node)) return { name: 'Worries', kind: SymbolKind.Namespace };
    if (ast.isWorry(node)) return { name: node.name ?? node.kind, kind: SymbolKind.Event, detail: node.kind };
    if (ast.isDecision(node)) return { name: 'Decision', kind: SymbolKind.Namespace, detail: short(node.choice) };
    if (ast.isFreeSection(node)) return { name: node.title ?? 'Section', kind: SymbolKind.Namespace };
    if (ast.isOutcome(node)) return { name: node.name ?? 'Outcome', kind: SymbolKind.Class, detail: short(node.text) };
    if (ast.isAction(node)) return { name: short(node.text, 40) ?? 'Action', kind: SymbolKind.Method, detail: 'action' };
    if (ast.isContingency(node)) return { name: 'Contingency', kind: SymbolKind.Event, detail: short(node.text) };
    if (ast.isChildView(node)) return { name: "Child's view", kind: SymbolKind.String, detail: short(node.text) };
    if (ast.isSafetyGoal(node)) return { name: `Safety goal${node.danger ? ` for ${node.danger.$refText}` : ''}`, kind: SymbolKind.Class, detail: short(node.text) };
    if (ast.isPurposeField(node)) return { name: 'Purpose', kind: SymbolKind.Property, detail: short(node.text) };
    return undefined;
}
