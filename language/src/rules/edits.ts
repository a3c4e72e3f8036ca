import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';

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
    const cst = node.$cstNode!;
    const text = document.textDocument.getText();
    let end = cst.end;
    const lineEnd = text.indexOf('\n', end);
    end = lineEnd < 0 ? text.length : (text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    const position = document.textDocument.positionAt(end);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { range: { start: position, end: position }, newText: `${newline}${indentOf(document, node)}  ${line}` };
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
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    let end: number;
    if (node?.$cstNode) {
        const lineEnd = text.indexOf('\n', node.$cstNode.end);
        end = lineEnd < 0 ? text.length : (text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    } else {
        end = text.length;
        while (end > 0 && /\s/.test(text[end - 1])) end--;
    }
    const position = document.textDocument.positionAt(end);
    const body = lines.map(line => (line === '' ? '' : indent + line)).join(newline);
    const lead = end === 0 ? '' : newline;
    return { range: { start: position, end: position }, newText: lead + body };
}
