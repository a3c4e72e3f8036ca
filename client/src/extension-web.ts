/**
 * The VS Code for the Web side of Assessment Lens (vscode.dev, github.dev and other editors
 * that run extensions in the browser). It starts the same language server in a Web Worker,
 * inside the browser: the checks run there and nothing is sent anywhere.
 *
 * There is no file system here. The team's `.assessment-lens.json` is read through the editor
 * (`vscode.workspace.fs`) and handed to the server as data.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { registerEditorFeatures } from './features/index.js';
import { answerFileRequests } from './workspace-files.js';

const LANGUAGE_ID = 'assessment-lens';
const TEAM_FILE = '.assessment-lens.json';
/** The settings section the browser server reads the team's settings from. */
const TEAM_SECTION = 'assessmentLensTeam';

/** The browser's Worker, as far as this file needs it (the extension is built without the DOM types). */
type ServerWorker = Extract<ConstructorParameters<typeof LanguageClient>[2], { terminate(): void }>;
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Assessment Lens', { log: true });
    context.subscriptions.push(output);

    let worker: ServerWorker;
    try {
        worker = await startServerWorker(context.extensionUri);
    } catch (error) {
        couldNotStart(output, error);
        return;
    }

    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: LANGUAGE_ID }],
        outputChannel: output,
        initializationOptions: {
            docsBase: vscode.Uri.joinPath(context.extensionUri, 'docs').toString(true),
            team: await readTeamSettings(),
            // the server may read the workspace's records through the editor (workspace-files.ts)
            workspaceFiles: true
        }
    };

    client = new LanguageClient(LANGUAGE_ID, 'Assessment Lens', worker, clientOptions);
    context.subscriptions.push(...answerFileRequests(client));
    // The preview, the report, the status bar and the templates: the same as on the desktop
    // (they add themselves to context.subscriptions).
    registerEditorFeatures(context, client);
    try {
        await client.start();
    } catch (error) {
        couldNotStart(output, error);
        return;
    }

    const running = client;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${TEAM_FILE}`);
    const sendTeam = async () => {
        await running.sendNotification('workspace/didChangeConfiguration', {
            settings: { [TEAM_SECTION]: (await readTeamSettings()) ?? null }
        });
    };
    context.subscriptions.push(
        watcher,
        watcher.onDidCreate(sendTeam),
        watcher.onDidChange(sendTeam),
        watcher.onDidDelete(sendTeam)
    );
}

function couldNotStart(output: vscode.LogOutputChannel, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The Assessment Lens checks could not start: ${message}`);
    void vscode.window.showErrorMessage(
        'Assessment Lens could not start its checks. See the "Assessment Lens" output for details.'
    );
}

/**
 * Starts the language server's worker. On vscode.dev the extension's files have an https address
 * and the worker starts from it. Where the editor serves the extension itself (code-server, VS Code
 * Server), the address is a `vscode-remote:` one that a worker cannot load, so the worker starts
 * from the file's text instead, read through the editor.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
    const serverMain = vscode.Uri.joinPath(extensionUri, 'out', 'web', 'server-worker.js');
    const options = { name: 'Assessment Lens checks' };
    if (serverMain.scheme === 'http' || serverMain.scheme === 'https') return new Worker(serverMain.toString(true), options);
    const text = await vscode.workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })), options);
}

/** The text of the team's settings file in the first workspace folder that has one. */
async function readTeamSettings(): Promise<string | undefined> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
        try {
            const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, TEAM_FILE));
            return new TextDecoder('utf-8').decode(bytes);
        } catch {
            continue;
        }
    }
    return undefined;
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) {
        await running.stop();
    }
}
