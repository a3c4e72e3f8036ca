import type * as lsp from 'vscode-languageserver-protocol/browser';
import type { languages } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toMonacoRange } from './convert.js';

/** The text edits of an LSP workspace edit, file by file. */
export function editsByFile(edit: lsp.WorkspaceEdit): Array<{ uri: string; edits: lsp.TextEdit[] }> {
    const files: Array<{ uri: string; edits: lsp.TextEdit[] }> = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) files.push({ uri, edits });
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) files.push({ uri: change.textDocument.uri, edits: change.edits.filter((e): e is lsp.TextEdit => 'newText' in e) });
    }
    return files;
}

/** An LSP workspace edit as Monaco's, for a code action that Monaco applies itself. */
export function toMonacoWorkspaceEdit(monaco: Monaco, edit: lsp.WorkspaceEdit): languages.WorkspaceEdit {
    return {
        edits: editsByFile(edit).flatMap(({ uri, edits }) => {
            const model = monaco.editor.getModel(monaco.Uri.parse(uri));
            return edits.map(e => ({
                resource: monaco.Uri.parse(uri),
                textEdit: { range: toMonacoRange(e.range), text: e.newText },
                versionId: model?.getVersionId()
            }));
        })
    };
}

/**
 * Applies an LSP workspace edit to the open records, as one step that undo takes back.
 * Says whether every file it names was open.
 */
export function applyWorkspaceEdit(monaco: Monaco, edit: lsp.WorkspaceEdit): boolean {
    let applied = true;
    for (const { uri, edits } of editsByFile(edit)) {
        const model = monaco.editor.getModel(monaco.Uri.parse(uri));
        if (!model) {
            applied = false;
            continue;
        }
        model.pushStackElement();
        model.pushEditOperations([], edits.map(e => ({ range: toMonacoRange(e.range), text: e.newText })), () => null);
        model.pushStackElement();
    }
    return applied;
}
