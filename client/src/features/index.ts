import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerImport } from './import.js';
import { registerPreview } from './preview.js';
import { registerReport } from './report.js';
import { registerStatusBar } from './status-bar.js';
import { registerTemplates } from './templates.js';

export { COMMANDS } from './commands.js';

/**
 * The editor's own features beside the language server's: the preview, the quality report,
 * the completeness in the status bar, and new records from templates. They use nothing from
 * Node, so the desktop and the web extension call this same function. What it registers is
 * added to `context.subscriptions` (and returned, for a caller that wants to end it sooner).
 */
export function registerEditorFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable[] {
    const disposables = [
        ...registerTemplates(context),
        ...registerPreview(client),
        ...registerReport(client),
        ...registerStatusBar(client),
        ...registerImport(client)
    ];
    context.subscriptions.push(...disposables);
    return disposables;
}
