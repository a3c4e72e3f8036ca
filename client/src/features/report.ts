import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, LANGUAGE_ID } from './commands.js';
import { debounce } from './debounce.js';
import { askReport, plainMessage } from './requests.js';
import { nameOf, recordFor, revealInRecord } from './reveal.js';
import { messageHtml, webviewPage } from './webview.js';
import { REPORT_SCRIPT } from './webview-scripts.js';

const VIEW_TYPE = 'assessmentLens.report';

/**
 * The quality report: the rubric for the record (each criterion met, partly or not met, with
 * a score), beside the editor. It is made again when the record's findings change, and a
 * finding's link shows its place in the record.
 */
export function registerReport(client: BaseLanguageClient): vscode.Disposable[] {
    let view: ReportView | undefined;
    return [
        vscode.commands.registerCommand(COMMANDS.showReport, (arg?: unknown) => {
            const uri = recordFor(arg, LANGUAGE_ID);
            if (!uri) {
                void vscode.window.showInformationMessage('Open an assessment or a plan first, then show its quality report.');
                return;
            }
            if (view) view.show(uri);
            else view = new ReportView(client, uri, () => { view = undefined; });
        }),
        vscode.languages.onDidChangeDiagnostics(event => {
            if (view && event.uris.some(u => u.toString() === view!.uri.toString())) view.changed();
        }),
        { dispose: () => view?.panel.dispose() }
    ];
}

class ReportView {
    readonly panel: vscode.WebviewPanel;
    private html = '';
    private column: vscode.ViewColumn | undefined;
    private readonly update = debounce(() => void this.refresh(), 300);

    constructor(private readonly client: BaseLanguageClient, public uri: vscode.Uri, onClose: () => void) {
        this.column = vscode.window.activeTextEditor?.viewColumn;
        this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Quality report ${nameOf(uri)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
        this.panel.webview.html = webviewPage({ title: 'Quality report', css: '', body: messageHtml('Making the quality report…'), script: REPORT_SCRIPT });
        const subscriptions = [
            this.panel.webview.onDidReceiveMessage(message => this.received(message)),
            this.panel.onDidChangeViewState(() => {
                if (this.panel.visible) void this.refresh();
            })
        ];
        this.panel.onDidDispose(() => {
            this.update.cancel();
            subscriptions.forEach(s => s.dispose());
            onClose();
        });
        void this.refresh(true);
    }

    /** Shows the report of another record (or the same one again). */
    show(uri: vscode.Uri): void {
        const other = uri.toString() !== this.uri.toString();
        this.uri = uri;
        this.column = vscode.window.activeTextEditor?.viewColumn ?? this.column;
        this.panel.reveal(undefined, false);
        void this.refresh(other);
    }

    changed(): void {
        this.update();
    }

    private async refresh(whole = false): Promise<void> {
        this.panel.title = `Quality report ${nameOf(this.uri)}`;
        try {
            const result = await askReport(this.client, this.uri.toString());
            this.html = result.html;
            if (whole) {
                this.panel.webview.html = webviewPage({ title: `Quality report: ${result.title}`, css: result.css, body: result.html, script: REPORT_SCRIPT });
                return;
            }
        } catch (error) {
            this.html = messageHtml(`The quality report could not be made: ${plainMessage(error)}`);
        }
        void this.panel.webview.postMessage({ type: 'update', html: this.html });
    }

    private received(message: unknown): void {
        if (typeof message !== 'object' || message === null) return;
        const { type, line, column } = message as { type?: unknown; line?: unknown; column?: unknown };
        if (type === 'ready' && this.html) void this.panel.webview.postMessage({ type: 'update', html: this.html });
        else if (type === 'reveal' && typeof line === 'number') {
            void revealInRecord(this.uri, line, typeof column === 'number' ? column : 0, this.column);
        }
    }
}
