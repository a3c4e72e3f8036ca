// The same scenarios as test/e2e/vscode.e2e.ts, through the VS Code API instead of the screen:
// findings on a weak plan, a quick fix, the preview and the quality report.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const RECORD = 'student-weak.plan';
/** 0-based line of "action: School to monitor Mia's attendance ..." in examples/student-weak.plan. */
const ACTION_LINE = 28;

type Scenario = readonly [name: string, run: () => Promise<void>];

function record(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'VS Code was started without the examples folder.');
    return vscode.Uri.joinPath(folder.uri, RECORD);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${timeoutMs / 1000} seconds.`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

function findings(rule: string, line?: number): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(record())
        .filter(d => ruleOf(d) === rule && (line === undefined || d.range.start.line === line));
}

async function openRecord(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(record());
    assert.equal(document.languageId, 'assessment-lens');
    return vscode.window.showTextDocument(document);
}

function webviewTabs(): string[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview)
        .map(tab => tab.label);
}

async function showsWebview(command: string, label: RegExp): Promise<void> {
    const contributed = await vscode.commands.getCommands(true);
    if (!contributed.includes(command)) {
        console.log(`    (skipped: the extension does not contribute ${command})`);
        return;
    }
    await openRecord();
    await vscode.commands.executeCommand(command);
    await waitFor(`a tab matching ${label}`, () => webviewTabs().find(tab => label.test(tab)));
}

export const scenarios: Scenario[] = [
    ['a weak plan gets its findings, each once', async () => {
        await openRecord();
        const [missingWhen] = await waitFor('the action/when finding', () => {
            const found = findings('action/when', ACTION_LINE);
            return found.length > 0 ? found : undefined;
        });
        assert.equal(findings('action/when', ACTION_LINE).length, 1, 'The action/when finding is listed more than once.');
        assert.match(missingWhen.message, /does not say by when/);
        assert.equal(missingWhen.source, 'assessment-lens');
        assert.equal(missingWhen.severity, vscode.DiagnosticSeverity.Error);
    }],
    ['a quick fix changes the words and the finding goes', async () => {
        const editor = await openRecord();
        const jargon = await waitFor('the jargon finding on "monitor"', () => findings('language/jargon', ACTION_LINE)[0]);
        assert.equal(editor.document.getText(jargon.range), 'monitor');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', record(), jargon.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find(action => action.title === 'Change "monitor" to "check"');
        assert.ok(fix?.edit, `No quick fix "Change "monitor" to "check"" among: ${actions.map(a => a.title).join('; ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(editor.document.lineAt(ACTION_LINE).text, /School to check Mia's attendance/);
        await waitFor('the finding to go', () => findings('language/jargon', ACTION_LINE).length === 0 ? true : undefined);
        // The same word further down is still flagged: only the chosen place changed.
        assert.ok(vscode.languages.getDiagnostics(record()).some(d => ruleOf(d) === 'language/jargon' && /"monitor"/.test(d.message)));
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }],
    ['the preview opens beside the record', () => showsWebview('assessmentLens.showPreview', /preview/i)],
    ['the quality report opens', () => showsWebview('assessmentLens.showReport', /report/i)]
];
