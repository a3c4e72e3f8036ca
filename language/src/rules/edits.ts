import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';

/** The line break a document uses: `\r\n` when it has any, otherwise `\n`. */
function newlineOf(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The end of the line on which an offset lies (before any line break). */
function lineEndAfter(text: string, offset: number): number {
    const lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) return text.length;
    return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/** Lines joined with a line break, each but the blank ones indented. */
function indented(lines: readonly string[], indent: string, newline: string): string {
    return lines.map(line => (line === '' ? '' : indent + line)).join(newline);
}

/** The spaces at the start of the line on which a node begins. */
export function indentOf(document: LangiumDocument, node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return '';
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart, cst.offset))![0];
}

/**
 * An edit that adds a new line after everything a node holds, indented one step deeper
 * than the node. It only inserts, so no character of the record is lost.
 */
export function insertLineUnder(document: LangiumDocument, node: AstNode, line: string): TextEdit {
    const text = document.textDocument.getText();
    const position = document.textDocument.positionAt(lineEndAfter(text, node.$cstNode!.end));
    return { range: { start: position, end: position }, newText: `${newlineOf(text)}${indentOf(document, node)}  ${line}` };
}

/** The first node of a type that starts on a line; quick fixes use it to find what a finding was about. */
export function nodeStartingOn<T extends AstNode>(document: LangiumDocument, line: number, is: (node: AstNode) => node is T): T | undefined {
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        if (is(node) && node.$cstNode?.range.start.line === line) return node;
    }
    return undefined;
}

/** The range of a node's first line: where a finding about the whole node is shown. */
export function headRange(document: LangiumDocument, node: AstNode): Range {
    const cst = node.$cstNode!;
    const text = document.textDocument.getText();
    let end = cst.offset;
    while (end < cst.end && text[end] !== '\n' && text[end] !== '\r') end++;
    while (end > cst.offset && /\s/.test(text[end - 1])) end--;
    return { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(end) };
}

/**
 * An edit that adds whole lines after the last line of a node, each with the given
 * indentation (an empty string in `lines` gives a blank line). Without a node the lines go
 * at the end of the document. It only inserts, so nothing already written is lost.
 */
export function insertLinesAfter(document: LangiumDocument, node: AstNode | undefined, lines: readonly string[], indent: string): TextEdit {
    const text = document.textDocument.getText();
    const newline = newlineOf(text);
    let end: number;
    if (node?.$cstNode) {
        end = lineEndAfter(text, node.$cstNode.end);
    } else {
        end = text.length;
        while (end > 0 && /\s/.test(text[end - 1])) end--;
    }
    const position = document.textDocument.positionAt(end);
    const lead = end === 0 ? '' : newline;
    return { range: { start: position, end: position }, newText: lead + indented(lines, indent, newline) };
}

/**
 * An edit that adds whole lines after the line on which `offset` lies, each with the given
 * indentation (an empty string gives a blank line). It only inserts.
 */
export function insertLinesAfterOffset(document: LangiumDocument, offset: number, lines: readonly string[], indent: string): TextEdit {
    const text = document.textDocument.getText();
    const newline = newlineOf(text);
    const position = document.textDocument.positionAt(lineEndAfter(text, offset));
    return { range: { start: position, end: position }, newText: newline + indented(lines, indent, newline) };
}

/** An edit that adds lines straight after the first line of a part of the record (a heading or the title line). */
export function insertAfterFirstLine(document: LangiumDocument, node: AstNode, lines: readonly string[], indent: string): TextEdit {
    const newline = newlineOf(document.textDocument.getText());
    const line = node.$cstNode!.range.start.line;
    const position = { line, character: document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length };
    return { range: { start: position, end: position }, newText: newline + indented(lines, indent, newline) };
}

/** The range between two offsets of a document. */
export function rangeOf(document: LangiumDocument, offset: number, end: number): Range {
    return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(end) };
}

/** Where a written property of a node is in the document: its first character and the one after its last. */
export function propertySpan(node: AstNode, property: string): { offset: number; end: number } | undefined {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    return cst ? { offset: cst.offset, end: cst.end } : undefined;
}
