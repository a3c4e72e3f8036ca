import { AstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { evidenceCues, ruleFor, type Cue } from '../../evidence/detector.js';
import { kindInfo } from '../../evidence/vocabulary.js';
import {
    isAssessment, isEntry, isFact, isLeadField, isParagraph, isPlan, isVoiceNote,
    type Assessment, type Model, type Plan
} from '../../generated/ast.js';
import { recordsIn } from '../record.js';
import { indentOf } from '../edits.js';

/** The writing the fact and opinion checks read: a fact, a paragraph, a `- ` entry, or a note in a voice section. */
export type RunKind = 'fact' | 'paragraph' | 'entry' | 'voice';

export interface EvidenceRun {
    node: AstNode;
    kind: RunKind;
    leaf: CstNode;
}

/** One cue the evidence rules point at, placed in the document. */
export interface PlacedCue {
    cue: Cue;
    rule: 'evidence/opinion-as-fact' | 'evidence/hearsay';
    run: EvidenceRun;
    /** offsets in the whole document */
    from: number;
    to: number;
}

function kindOf(node: AstNode): RunKind | undefined {
    if (isFact(node)) return 'fact';
    if (isParagraph(node)) return 'paragraph';
    if (isEntry(node)) return 'entry';
    if (isVoiceNote(node)) return 'voice';
    return undefined;
}

/** The leaf that holds a node's writing (a fact's text, a paragraph). */
export function textLeaf(node: AstNode): CstNode | undefined {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, 'text') : undefined;
    return cst && isLeafCstNode(cst) ? cst : undefined;
}

/** Every piece of writing the checks read, in document order. */
export function evidenceRuns(document: LangiumDocument): EvidenceRun[] {
    const runs: EvidenceRun[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const kind = kindOf(node);
        const leaf = kind ? textLeaf(node) : undefined;
        if (kind && leaf) runs.push({ node, kind, leaf });
    }
    return runs;
}

/** A fact with a `source:` line that says something: its source is for evidence/fact-source to judge, not hearsay. */
export function hasWrittenSource(node: AstNode): boolean {
    return isFact(node) && (node.source ?? '').trim() !== '';
}

const cache = new WeakMap<CstNode, PlacedCue[]>();

/** Every opinion word and hearsay marker the evidence rules point at in a document (read once per version). */
export function placedCues(document: LangiumDocument): PlacedCue[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    let found = cache.get(root);
    if (!found) {
        found = [];
        for (const run of evidenceRuns(document)) {
            for (const cue of evidenceCues(run.leaf.text)) {
                const rule = ruleFor(cue);
                if (rule === 'evidence/hearsay' && hasWrittenSource(run.node)) continue;
                found.push({ cue, rule, run, from: run.leaf.offset + cue.start, to: run.leaf.offset + cue.end });
            }
        }
        cache.set(root, found);
    }
    return found;
}

/** "a guess and a claim about what someone thinks or feels" */
export function describeKinds(cue: Cue): string {
    const labels = cue.kinds.map(k => kindInfo(k).label);
    return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The words of a cue as written, one space between them. */
export function cueWords(cue: Cue): string {
    return cue.text.replace(/\s+/g, ' ');
}

export function rangeOf(document: LangiumDocument, from: number, to: number): Range {
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
}

/** The record a node is in, or the first one in the file when it stands outside any. */
function recordOf(node: AstNode): Assessment | Plan | undefined {
    const own = AstUtils.getContainerOfType(node, (n): n is Assessment | Plan => isAssessment(n) || isPlan(n));
    if (own) return own;
    return recordsIn(AstUtils.getDocument(node).parseResult.value as Model)[0];
}

/** The short name of the record's lead worker: the first name on its `lead:` line. */
export function leadWorkerOf(node: AstNode): string | undefined {
    const record = recordOf(node);
    const lead = record?.fields.find(isLeadField);
    const name = lead?.people[0]?.party.$refText.trim();
    if (name) return name;
    const model = AstUtils.getDocument(node).parseResult.value as Model;
    for (const other of recordsIn(model)) {
        const first = other.fields.find(isLeadField)?.people[0]?.party.$refText.trim();
        if (first) return first;
    }
    return undefined;
}

function newlineOf(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineEndAt(text: string, offset: number): number {
    const lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) return text.length;
    return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/**
 * Edits that turn a paragraph into a labelled item without changing a word of it: the label goes
 * in front of its first line, each following line is set in two spaces further (so that it stays
 * part of the item), and the lines under it follow its last line.
 */
export function labelParagraph(document: LangiumDocument, node: AstNode, label: string, under: readonly string[]): TextEdit[] {
    const leaf = textLeaf(node)!;
    const text = document.textDocument.getText();
    const at = (offset: number) => document.textDocument.positionAt(offset);
    const edits: TextEdit[] = [{ range: { start: at(leaf.offset), end: at(leaf.offset) }, newText: `${label} ` }];
    const startLine = at(leaf.offset).line;
    const endLine = at(leaf.end).line;
    for (let line = startLine + 1; line <= endLine; line++) {
        const position = { line, character: 0 };
        edits.push({ range: { start: position, end: position }, newText: '  ' });
    }
    const end = at(lineEndAt(text, leaf.end));
    const indent = `${indentOf(document, node)}  `;
    edits.push({ range: { start: end, end }, newText: under.map(line => `${newlineOf(text)}${indent}${line}`).join('') });
    return edits;
}

/** The piece of writing a finding was reported on. */
export function runAt(document: LangiumDocument, offset: number): EvidenceRun | undefined {
    return evidenceRuns(document).find(r => r.leaf.offset <= offset && offset <= r.leaf.end);
}
