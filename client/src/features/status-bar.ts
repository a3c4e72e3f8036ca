import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, LANGUAGE_ID, SETTINGS } from './commands.js';
import { debounce } from './debounce.js';
import { askReport, type ReportResult } from './requests.js';

const MARK: Record<string, string> = { 'met': '✓', 'partly': '◐', 'not met': '✗' };

/**
 * The record's completeness in the status bar ("Completeness 82%"), with the rubric's
 * criteria in its tooltip; selecting it opens the quality report. It shows only for
 * assessments and plans, and is worked out again whenever the record's findings change.
 */
export function registerStatusBar(client: BaseLanguageClient): vscode.Disposable[] {
    const item = vscode.window.createStatusBarItem('assessmentLens.completeness', vscode.StatusBarAlignment.Right, 100);
    item.name = 'Assessment Lens: completeness';
    item.command = COMMANDS.showReport;
    let asked = 0;

    const current = (): vscode.TextDocument | undefined => {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === LANGUAGE_ID ? document : undefined;
    };
    const enabled = (document: vscode.TextDocument) =>
        vscode.workspace.getConfiguration(SETTINGS.section, document.uri).get<boolean>(SETTINGS.statusBar, true);

    const refresh = async () => {
        const document = current();
        if (!document || !enabled(document)) {
            item.hide();
            return;
        }
        const ask = ++asked;
        try {
            const report = await askReport(client, document.uri.toString());
            if (ask !== asked || current() !== document) return;
            show(item, report);
        } catch {
            if (ask !== asked) return;
            item.text = '$(checklist) Completeness –';
            item.tooltip = 'The completeness of this record is not known yet.';
            item.show();
        }
    };
    const later = debounce(() => void refresh(), 400);

    void refresh();
    return [
        item,
        { dispose: () => later.cancel() },
        vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
        vscode.languages.onDidChangeDiagnostics(event => {
            const document = current();
            if (document && event.uris.some(u => u.toString() === document.uri.toString())) later();
        }),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.statusBar}`)) void refresh();
        }),
        client.onDidChangeState(() => void refresh())
    ];
}

function show(item: vscode.StatusBarItem, report: ReportResult): void {
    item.text = `$(checklist) Completeness ${report.completeness === null ? '–' : `${report.completeness}%`}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Quality of ${escape(report.title)}**: ${report.score === null ? 'not scored' : `${report.score} out of 100`}\n\n`);
    for (const c of report.criteria) {
        const result = c.score === null ? c.status : `${MARK[c.status] ?? ''} ${c.status}, ${c.score}`.trim();
        tooltip.appendMarkdown(`- ${escape(c.name)}: ${escape(result)}\n`);
    }
    tooltip.appendMarkdown('\nSelect to open the quality report.');
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `Completeness ${report.completeness ?? 'not known'} percent. Select to open the quality report.` };
    item.show();
}

function escape(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, c => `\\${c}`);
}
