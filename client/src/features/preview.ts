import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, LANGUAGE_ID, SETTINGS } from './commands.js';
import { debounce } from './debounce.js';
import { askPreview, plainMessage } from './requests.js';
import { nameOf, recordFor, revealInRecord } from './reveal.js';
import { messageHtml, webviewPage } from './webview.js';
import { PREVIEW_SCRIPT } from './webview-scripts.js';

const VIEW_TYPE = 'assessmentLens.preview';
/** How long typing must pause before the preview is made again. */
const UPDATE_DELAY_MS = 300;
/** After the preview moved the editor, the editor's own scroll events are not sent back for this long. */
const ECHO_MS = 300;

/**
 * The preview: the record as a plain document for a family, beside the editor. It is made
 * again as the record changes, scrolls with the editor (and the editor with it), and a click
 * on a part of it shows that line in the editor.
 */
export function registerPreview(client: BaseLanguageClient): vscode.Disposable[] {
    const previews = new Map<string, Preview>();
    const open = (uri: vscode.Uri) => {
        const key = uri.toString();
        const existing = previews.get(key);
        if (existing) {
            existing.panel.reveal(undefined, true);
            return;
        }
        const preview = new Preview(client, uri, () => previews.delete(key));
        previews.set(key, preview);
    };
    return [
        vscode.commands.registerCommand(COMMANDS.showPreview, (arg?: unknown) => {
            const uri = recordFor(arg, LANGUAGE_ID);
            if (!uri) {
                void vscode.window.showInformationMessage('Open an assessment or a plan first, then open its preview.');
                return;
            }
            open(uri);
        }),
        vscode.workspace.onDidChangeTextDocument(event => previews.get(event.document.uri.toString())?.changed()),
        vscode.languages.onDidChangeDiagnostics(event => {
            for (const uri of event.uris) previews.get(uri.toString())?.changed();
        }),
        vscode.window.onDidChangeTextEditorVisibleRanges(event => {
            previews.get(event.textEditor.document.uri.toString())?.editorScrolled(event.textEditor);
        }),
        vscode.workspace.onDidCloseTextDocument(document => {
            // An untitled record that is closed has gone for good; so has its preview.
            if (document.uri.scheme === 'untitled') previews.get(document.uri.toString())?.panel.dispose();
        }),
        { dispose: () => [...previews.values()].forEach(p => p.panel.dispose()) }
    ];
}

class Preview {
    readonly panel: vscode.WebviewPanel;
    private html = '';
    private css = '';
    private revealedAt = 0;
    private readonly update = debounce(() => void this.refresh(), UPDATE_DELAY_MS);
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly client: BaseLanguageClient, private readonly uri: vscode.Uri, onClose: () => void) {
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
        this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Preview ${nameOf(uri)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
        this.panel.webview.html = webviewPage({ title: `Preview ${nameOf(uri)}`, css: '', body: messageHtml('Making the preview…'), script: PREVIEW_SCRIPT });
        this.disposables.push(
            this.panel.webview.onDidReceiveMessage(message => this.received(message, editor?.viewColumn)),
            this.panel.onDidChangeViewState(() => {
                if (this.panel.visible) void this.refresh();
            }),
            this.panel.onDidDispose(() => {
                this.update.cancel();
                this.disposables.forEach(d => d.dispose());
                onClose();
            })
        );
        void this.refresh(true);
    }

    changed(): void {
        this.update();
    }

    private scrollSync(): boolean {
        return vscode.workspace.getConfiguration(SETTINGS.section, this.uri).get<boolean>(SETTINGS.scrollSync, true);
    }

    private topLine(): number | undefined {
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        return editor?.visibleRanges[0]?.start.line;
    }

    /** Asks the server for the preview; the first time, the whole page is written with it. */
    private async refresh(first = false): Promise<void> {
        try {
            const result = await askPreview(this.client, this.uri.toString());
            this.html = result.html;
            this.panel.title = `Preview ${nameOf(this.uri)}`;
            if (first || result.css !== this.css) {
                this.css = result.css;
                this.panel.webview.html = webviewPage({ title: `Preview: ${result.title}`, css: result.css, body: result.html, script: PREVIEW_SCRIPT });
                return;
            }
        } catch (error) {
            if (this.html !== '') return; // keep what is shown; the next change tries again
            this.html = messageHtml(`The preview could not be made: ${plainMessage(error)}`);
        }
        void this.panel.webview.postMessage({ type: 'update', html: this.html, scrollSync: this.scrollSync() });
    }

    private received(message: unknown, column: vscode.ViewColumn | undefined): void {
        if (typeof message !== 'object' || message === null) return;
        const { type, line } = message as { type?: unknown; line?: unknown };
        if (type === 'ready') {
            // The page has (re)loaded: put the editor's place at its top.
            void this.panel.webview.postMessage({ type: 'update', html: this.html || messageHtml('Making the preview…'), scrollSync: this.scrollSync(), line: this.topLine() });
        } else if (type === 'reveal' && typeof line === 'number') {
            void revealInRecord(this.uri, line, 0, column);
        } else if (type === 'scrolled' && typeof line === 'number' && this.scrollSync()) {
            const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
            if (!editor || !Number.isInteger(line) || line < 0) return;
            this.revealedAt = Date.now();
            const at = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
            editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
        }
    }

    editorScrolled(editor: vscode.TextEditor): void {
        if (!this.scrollSync() || Date.now() - this.revealedAt < ECHO_MS) return;
        const line = editor.visibleRanges[0]?.start.line;
        if (line !== undefined) void this.panel.webview.postMessage({ type: 'scroll', line });
    }
}
