import {
    BrowserMessageReader, BrowserMessageWriter, createProtocolConnection, InitializeRequest, InitializedNotification,
    type ClientCapabilities, type InitializeResult, type ProtocolConnection, type ServerCapabilities
} from 'vscode-languageserver-protocol/browser';
import { startWorker } from './workers.js';

/** The language server running in a worker of this page, and what it said it can do. */
export interface ServerConnection {
    connection: ProtocolConnection;
    capabilities: ServerCapabilities;
}

/** What the playground's bridge understands, told to the server when it starts. */
const CAPABILITIES: ClientCapabilities = {
    general: { positionEncodings: ['utf-16'] },
    window: { showDocument: { support: true } },
    workspace: { applyEdit: true, workspaceEdit: { documentChanges: true }, configuration: false },
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true },
            contextSupport: true
        },
        codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        formatting: {},
        semanticTokens: {
            requests: { full: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative']
        }
    }
};

/**
 * Starts the checks in a worker and opens an LSP connection to them. `docsBase` is where the
 * rule pages are: the links in findings point there.
 */
export async function connectToServer(docsBase: string): Promise<ServerConnection> {
    const worker = await startWorker('server', 'Assessment Lens checks');
    const connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    connection.listen();
    const result: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: null,
        clientInfo: { name: 'Assessment Lens playground' },
        rootUri: null,
        workspaceFolders: null,
        capabilities: CAPABILITIES,
        initializationOptions: { docsBase }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    performance.mark('server-ready');
    return { connection, capabilities: result.capabilities };
}
