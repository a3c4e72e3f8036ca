import {
    DocumentSymbolRequest, type DocumentSymbol, type ProtocolConnection, type SymbolInformation
} from 'vscode-languageserver-protocol/browser';
import type { CancellationToken, IDisposable, languages } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toMonacoRange, toSymbolKind } from './convert.js';
import { LANGUAGE_ID } from './documents.js';

/** The record's sections, people, worries, outcomes and actions, as the server sees them. */
export async function documentSymbols(connection: ProtocolConnection, uri: string, token?: CancellationToken): Promise<DocumentSymbol[]> {
    const result = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, token);
    if (!Array.isArray(result)) return [];
    return result.map(symbol => isFlat(symbol)
        ? { name: symbol.name, kind: symbol.kind, range: symbol.location.range, selectionRange: symbol.location.range }
        : symbol);
}

function isFlat(symbol: DocumentSymbol | SymbolInformation): symbol is SymbolInformation {
    return 'location' in symbol;
}

/** Gives Monaco the outline too: Ctrl+Shift+O jumps to a part of the record, and folding follows it. */
export function registerDocumentSymbols(monaco: Monaco, connection: ProtocolConnection): IDisposable {
    const convert = (symbol: DocumentSymbol): languages.DocumentSymbol => ({
        name: symbol.name,
        detail: symbol.detail ?? '',
        kind: toSymbolKind(symbol.kind),
        tags: [],
        range: toMonacoRange(symbol.range),
        selectionRange: toMonacoRange(symbol.selectionRange),
        children: symbol.children?.map(convert)
    });
    return monaco.languages.registerDocumentSymbolProvider(LANGUAGE_ID, {
        displayName: 'Assessment Lens',
        async provideDocumentSymbols(model, token) {
            return (await documentSymbols(connection, model.uri.toString(), token)).map(convert);
        }
    });
}
