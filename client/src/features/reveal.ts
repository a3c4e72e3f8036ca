import * as vscode from 'vscode';

/**
 * Shows a place in a record: in the editor that already shows it, or in a new one in the
 * given column; the cursor goes to the place and the place is brought into view.
 */
export async function revealInRecord(uri: vscode.Uri, line: number, column = 0, viewColumn?: vscode.ViewColumn): Promise<void> {
    if (!Number.isInteger(line) || line < 0) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const at = document.validatePosition(new vscode.Position(line, Number.isInteger(column) && column > 0 ? column : 0));
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The record a command is for: the one it was given, or the one in the active editor. */
export function recordFor(arg: unknown, languageId: string): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === languageId ? document.uri : undefined;
}

/** The file name of a record, for titles. */
export function nameOf(uri: vscode.Uri): string {
    const path = uri.path;
    return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}
