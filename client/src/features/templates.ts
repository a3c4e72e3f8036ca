import * as vscode from 'vscode';
import snippets from '../../../snippets/assessment-lens.json' with { type: 'json' };
import { COMMANDS, LANGUAGE_ID } from './commands.js';

interface Snippet {
    prefix: string;
    body: string[];
}

/** The record the walkthrough opens: weak student work, with findings to look at and fix. */
const EXAMPLE = ['examples', 'student-weak.assessment'];

/**
 * "New assessment" and "New plan" open a new, unsaved record from the same templates as the
 * snippets (so that there is one copy of each); "Open an example" opens a copy of an invented
 * record that comes with the extension.
 */
export function registerTemplates(context: vscode.ExtensionContext): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(COMMANDS.newAssessment, () => newRecord('assessment')),
        vscode.commands.registerCommand(COMMANDS.newPlan, () => newRecord('plan')),
        vscode.commands.registerCommand(COMMANDS.openExample, async () => {
            const uri = vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE);
            try {
                const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
                const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
                await vscode.window.showTextDocument(document);
            } catch {
                void vscode.window.showErrorMessage('The example record could not be opened.');
            }
        })
    ];
}

/** The body of the template whose snippet prefix is `prefix`, as one snippet. */
export function template(prefix: 'assessment' | 'plan'): string {
    const found = (Object.values(snippets) as Snippet[]).find(s => s.prefix === prefix);
    if (!found) throw new Error(`There is no template for a new ${prefix}.`);
    return found.body.join('\n');
}

async function newRecord(prefix: 'assessment' | 'plan'): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(template(prefix)), new vscode.Position(0, 0));
}
