import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { expect } from 'vitest';
import { checkRecords } from './services.js';
import { makeServices } from './services.js';

/**
 * Checks a record, takes the quick fixes offered for one rule's findings, applies the first
 * fix of the first finding (or the one titled `title`) and returns the new text.
 */
export async function applyFix(text: string, rule: string, options: { file?: string; title?: string } = {}): Promise<string> {
    const file = options.file ?? 'record.plan';
    const [document] = await checkRecords({ [file]: text });
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === rule);
    expect(diagnostics.length, `no finding of ${rule} to fix`).toBeGreaterThan(0);
    const provider = makeServices().AssessmentLens.lsp.CodeActionProvider!;
    const actions = (await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]] }
    }) ?? []) as CodeAction[];
    const action = options.title ? actions.find(a => a.title === options.title) : actions[0];
    expect(action, `no quick fix${options.title ? ` titled "${options.title}"` : ''} for ${rule}`).toBeDefined();
    const edits = action!.edit!.changes![document.uri.toString()];
    return TextDocument.applyEdits(document.textDocument as TextDocument, edits);
}

/** True when `after` is `before` with text only added (nothing removed or changed). */
export function onlyAdded(before: string, after: string): boolean {
    let i = 0;
    for (const ch of after) {
        if (i < before.length && before[i] === ch) i++;
    }
    return i === before.length;
}

/** Applies a rule's fix, then checks that the finding is gone and nothing written was lost. */
export async function expectFixed(text: string, rule: string, options: { file?: string; title?: string; insertOnly?: boolean } = {}): Promise<string> {
    const fixed = await applyFix(text, rule, options);
    if (options.insertOnly !== false) expect(onlyAdded(text, fixed), `the fix changed existing text:\n${fixed}`).toBe(true);
    const [document] = await checkRecords({ [options.file ?? 'record.plan']: fixed });
    const before = (await checkRecords({ [options.file ?? 'record.plan']: text }))[0].diagnostics!.filter(d => d.code === rule).length;
    const after = document.diagnostics!.filter(d => d.code === rule).length;
    expect(after, `the fix left ${after} of ${before} findings of ${rule}:\n${fixed}`).toBeLessThan(before);
    return fixed;
}
