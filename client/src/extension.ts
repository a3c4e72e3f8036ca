/**
 * The VS Code side of Assessment Lens: it starts the language server and connects it to
 * the editor. All the checks run in the server, on this computer; nothing is sent anywhere.
 */
import * as vscode from 'vscode';
import {
    LanguageClient,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, LANGUAGE_ID, recordsOnly, serverNeeded } from './documents.js';
import { registerEditorFeatures } from './features/index.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Assessment Lens', { log: true });
    context.subscriptions.push(output);

    const serverModule = context.asAbsolutePath('out/server/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] }
        }
    };

    const clientOptions: LanguageClientOptions = {
        documentSelector: DOCUMENT_SELECTOR,
        middleware: recordsOnly(),
        outputChannel: output
    };

    const languageClient = new LanguageClient(LANGUAGE_ID, 'Assessment Lens', serverOptions, clientOptions);
    client = languageClient;
    registerEditorFeatures(context, languageClient);

    let started: Promise<void> | undefined;
    const start = () => {
        started ??= languageClient.start().catch(error => {
            const message = error instanceof Error ? error.message : String(error);
            output.error(`The Assessment Lens checks could not start: ${message}`);
            void vscode.window.showErrorMessage(
                'Assessment Lens could not start its checks. See the "Assessment Lens" output for details.'
            );
        });
        return started;
    };
    const needed = () => serverNeeded(vscode.workspace.textDocuments,
        vscode.workspace.getConfiguration('assessmentLens').get<boolean>('prose.enable', false));
    if (needed()) {
        await start();
        return;
    }
    // Opened for a Markdown or plain-text file with the prose checks off: wait until there is work.
    const waiting = [
        vscode.workspace.onDidOpenTextDocument(() => { if (!started && needed()) void start(); }),
        vscode.workspace.onDidChangeTextDocument(() => { if (!started && needed()) void start(); }),
        vscode.workspace.onDidChangeConfiguration(change => {
            if (!started && change.affectsConfiguration('assessmentLens.prose.enable') && needed()) void start();
        })
    ];
    context.subscriptions.push(...waiting);
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) {
        await running.stop();
    }
}
