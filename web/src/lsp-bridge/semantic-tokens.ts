import { SemanticTokensRequest, type ProtocolConnection, type ServerCapabilities } from 'vscode-languageserver-protocol/browser';
import type { IDisposable } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { LANGUAGE_ID } from './documents.js';

/**
 * The server's colours for what the words are: a person's own words, opinions and what makes
 * them read as opinions, jargon. Monaco draws them over the colours of the record's structure.
 */
export function registerSemanticTokens(monaco: Monaco, connection: ProtocolConnection, capabilities: ServerCapabilities): IDisposable | undefined {
    const provider = capabilities.semanticTokensProvider;
    if (!provider?.full) return undefined;
    return monaco.languages.registerDocumentSemanticTokensProvider(LANGUAGE_ID, {
        getLegend: () => provider.legend,
        async provideDocumentSemanticTokens(model, _lastResultId, token) {
            const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: model.uri.toString() } }, token);
            return tokens ? { resultId: tokens.resultId, data: new Uint32Array(tokens.data) } : null;
        },
        releaseDocumentSemanticTokens() { /* nothing is kept */ }
    });
}
