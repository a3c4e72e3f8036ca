import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ImportParams, ImportRequestResult } from '../../../language/src/lsp/import-request.js';
import { COMMANDS, LANGUAGE_ID } from './commands.js';
import { nameOf } from './reveal.js';
import { plainMessage } from './requests.js';

/** The server's request that turns a document into a record (see language/src/lsp/import-request.ts). */
const IMPORT = 'assessmentLens/import';

/** What can be imported, by the file's ending. */
const IMPORTABLE = /\.(docx|md|markdown|txt|text)$/i;
const OPENS_AS_TEXT = /\.(md|markdown|txt|text)$/i;

/**
 * "Import a document as a record": a Word, Markdown or text file (chosen in the explorer, or
 * in the file dialog) becomes a new, unsaved record beside it. The file is read here and sent
 * to the language server, which makes the record as `assessment-lens import` does; nothing is
 * written until the person saves the record.
 */
export function registerImport(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(COMMANDS.importDocument, async (arg?: unknown) => {
            const file = arg instanceof vscode.Uri && IMPORTABLE.test(arg.path) ? arg : await chooseDocument();
            if (file) await importDocument(client, file);
        })
    ];
}

async function chooseDocument(): Promise<vscode.Uri | undefined> {
    const chosen = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Import',
        title: 'Import a document as a record',
        filters: { 'Word, Markdown or text': ['docx', 'md', 'markdown', 'txt', 'text'] }
    });
    return chosen?.[0];
}

async function importDocument(client: BaseLanguageClient, file: vscode.Uri): Promise<void> {
    const name = nameOf(file);
    let result: ImportRequestResult;
    try {
        result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Importing ${name}` }, async () => {
            const bytes = await vscode.workspace.fs.readFile(file);
            const params: ImportParams = { name, bytes: toBase64(bytes) };
            return client.sendRequest<ImportRequestResult>(IMPORT, params);
        });
    } catch (error) {
        void vscode.window.showErrorMessage(`${name} could not be imported: ${plainMessage(error)}`);
        return;
    }

    let column = vscode.ViewColumn.Active;
    if (OPENS_AS_TEXT.test(name)) {
        await vscode.window.showTextDocument(file, { preview: false });
        column = vscode.ViewColumn.Beside;
    }
    const record = await vscode.workspace.openTextDocument(await untitledBeside(file, result.kind));
    const editor = await vscode.window.showTextDocument(record, { viewColumn: column, preview: false });
    if (record.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(record, LANGUAGE_ID);
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), result.record));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    void vscode.window.showInformationMessage(result.warnings.join(' '));
}

/** An unsaved record named after the document, in its folder (`mia.docx` → `mia.assessment`), with a name no file there has. */
async function untitledBeside(file: vscode.Uri, kind: ImportRequestResult['kind']): Promise<vscode.Uri> {
    const folder = vscode.Uri.joinPath(file, '..');
    const base = nameOf(file).replace(/\.[^.]+$/, '');
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(folder, `${base}${n === 1 ? '' : `-${n}`}.${kind}`);
        const open = vscode.workspace.textDocuments.some(d => d.uri.path === candidate.path);
        if (!open && !await exists(candidate)) return candidate.with({ scheme: 'untitled' });
    }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/** Bytes as base64, with the browser's own btoa (this runs in VS Code for the Web too). */
function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}
