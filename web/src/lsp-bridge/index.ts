/**
 * Connects a Monaco editor to the language server over LSP: one file per editor feature.
 * It is a small bridge of the requests the playground uses, so the page needs nothing of
 * VS Code's own API.
 */
import { ApplyWorkspaceEditRequest, type ProtocolConnection, type ServerCapabilities } from 'vscode-languageserver-protocol/browser';
import type { IDisposable } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { registerCodeActions } from './code-actions.js';
import { registerCompletion } from './completion.js';
import { DiagnosticStore, showDiagnostics } from './diagnostics.js';
import { registerDocumentSymbols } from './document-symbols.js';
import { syncDocuments } from './documents.js';
import { registerFormatting } from './formatting.js';
import { registerHover } from './hover.js';
import { registerSemanticTokens } from './semantic-tokens.js';
import { applyWorkspaceEdit } from './workspace-edit.js';

export { DiagnosticStore } from './diagnostics.js';
export { documentSymbols } from './document-symbols.js';
export { LANGUAGE_ID } from './documents.js';

export interface Bridge extends IDisposable {
    diagnostics: DiagnosticStore;
}

export function connectBridge(monaco: Monaco, connection: ProtocolConnection, capabilities: ServerCapabilities): Bridge {
    const diagnostics = new DiagnosticStore();
    showDiagnostics(monaco, connection, diagnostics);
    connection.onRequest(ApplyWorkspaceEditRequest.type, params => ({ applied: applyWorkspaceEdit(monaco, params.edit) }));
    const subscriptions: Array<IDisposable | undefined> = [
        registerHover(monaco, connection),
        registerCompletion(monaco, connection, capabilities),
        ...registerCodeActions(monaco, connection, diagnostics),
        registerDocumentSymbols(monaco, connection),
        registerFormatting(monaco, connection),
        registerSemanticTokens(monaco, connection, capabilities),
        // last, so that the features above are ready when the first record opens
        syncDocuments(monaco, connection)
    ];
    return {
        diagnostics,
        dispose: () => subscriptions.forEach(s => s?.dispose())
    };
}
