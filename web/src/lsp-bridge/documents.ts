import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    type ProtocolConnection
} from 'vscode-languageserver-protocol/browser';
import type { IDisposable, editor } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';

export const LANGUAGE_ID = 'assessment-lens';

/**
 * Keeps the server's copy of each open record the same as the editor's: every record model
 * is opened on the server when it is made, sent again whole when it changes, and closed
 * when it is thrown away.
 */
export function syncDocuments(monaco: Monaco, connection: ProtocolConnection): IDisposable {
    const watched = new Map<string, IDisposable>();
    const open = (model: editor.ITextModel) => {
        if (model.getLanguageId() !== LANGUAGE_ID) return;
        const uri = model.uri.toString();
        if (watched.has(uri)) return;
        void connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: LANGUAGE_ID, version: model.getVersionId(), text: model.getValue() }
        });
        watched.set(uri, model.onDidChangeContent(() => {
            void connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: model.getVersionId() },
                contentChanges: [{ text: model.getValue() }]
            });
        }));
    };
    const close = (model: editor.ITextModel) => {
        const uri = model.uri.toString();
        const listener = watched.get(uri);
        if (!listener) return;
        listener.dispose();
        watched.delete(uri);
        void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    };
    monaco.editor.getModels().forEach(open);
    const subscriptions = [monaco.editor.onDidCreateModel(open), monaco.editor.onWillDisposeModel(close)];
    return {
        dispose() {
            subscriptions.forEach(s => s.dispose());
            watched.forEach(l => l.dispose());
            watched.clear();
        }
    };
}
