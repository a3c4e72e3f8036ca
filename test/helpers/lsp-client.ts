import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { NODE } from './cli.js';

export interface PublishedDiagnostics {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

/** A real LSP client: the built server in its own process, spoken to over stdio with JSON-RPC. */
export class StdioClient {
    readonly process: ChildProcess;
    readonly connection: MessageConnection;
    readonly published: PublishedDiagnostics[] = [];
    private waiters: Array<{ match: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }> = [];
    stderr = '';

    /** `editorSettings` is what the client answers when the server asks for the `assessmentLens` settings. */
    constructor(private readonly editorSettings: Record<string, unknown> = {}, serverModule = resolve('out', 'server', 'main.cjs')) {
        this.process = spawn(NODE, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
            this.published.push(params);
            this.waiters = this.waiters.filter(w => {
                if (!w.match(params)) return true;
                w.resolve(params);
                return false;
            });
        });
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.editorSettings));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.listen();
    }

    async initialize(workspaceFolder?: string): Promise<{ capabilities: Record<string, unknown> }> {
        const folders = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: 'records' }] : null;
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: folders?.[0].uri ?? null,
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true } },
            workspaceFolders: folders
        }) as { capabilities: Record<string, unknown> };
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** Resolves with the next diagnostics published for a document. */
    diagnosticsFor(uri: string): Promise<PublishedDiagnostics> {
        return new Promise(resolveWith => {
            this.waiters.push({ match: p => p.uri === uri, resolve: resolveWith });
        });
    }

    open(uri: string, text: string, version = 1, languageId = 'assessment-lens'): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    request<T>(method: string, params: unknown): Promise<T> {
        return this.connection.sendRequest(method, params) as Promise<T>;
    }

    async shutdown(): Promise<number | null> {
        const exited = new Promise<number | null>(r => this.process.once('exit', code => r(code)));
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
        const code = await exited;
        this.connection.dispose();
        return code;
    }
}
