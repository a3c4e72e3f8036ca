import { DocumentFormattingRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { IDisposable } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toTextEdits } from './convert.js';
import { LANGUAGE_ID } from './documents.js';

/** Tidies the record's layout (Shift+Alt+F): indentation, spacing, labels in their standard wording. */
export function registerFormatting(monaco: Monaco, connection: ProtocolConnection): IDisposable {
    return monaco.languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
        displayName: 'Assessment Lens',
        async provideDocumentFormattingEdits(model, options, token) {
            const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
                textDocument: { uri: model.uri.toString() },
                options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces }
            }, token);
            return Array.isArray(edits) ? toTextEdits(edits) : [];
        }
    });
}
