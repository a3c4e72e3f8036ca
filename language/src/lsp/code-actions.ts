import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { CodeActionKind, type CodeAction, type Command } from 'vscode-languageserver-types';
import { fixesFor, safeFixEdits } from './fix-all.js';

/**
 * Quick fixes come from the rule that made each finding. When a record has more than one
 * finding with a safe fix, one more action applies them all ("fix all"), both from the light
 * bulb and as the editor's source.fixAll action (for example on save, when a person turns
 * that on).
 */
export class RecordCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const uri = document.uri.toString();
        const only = params.context.only;
        const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
        const actions: CodeAction[] = [];
        if (wants(CodeActionKind.QuickFix)) {
            for (const diagnostic of params.context.diagnostics) {
                for (const fix of fixesFor(document, diagnostic)) {
                    actions.push({
                        title: fix.title,
                        kind: CodeActionKind.QuickFix,
                        diagnostics: [diagnostic],
                        isPreferred: fix.preferred,
                        ...(fix.edits.length > 0 ? { edit: { changes: { [uri]: fix.edits } } } : {}),
                        ...(fix.command ? { command: fix.command } : {})
                    });
                }
            }
        }
        const offersFixAll = params.context.diagnostics.some(d => fixesFor(document, d).some(f => f.fixAll));
        if (wants(CodeActionKind.SourceFixAll) || (offersFixAll && wants(CodeActionKind.QuickFix))) {
            const { edits, count } = safeFixEdits(document);
            if (count > 1 || (count === 1 && only?.includes(CodeActionKind.SourceFixAll))) {
                actions.push({
                    title: `Fix all ${count} findings in this record that have a safe fix`,
                    kind: wants(CodeActionKind.SourceFixAll) && only ? CodeActionKind.SourceFixAll : CodeActionKind.QuickFix,
                    edit: { changes: { [uri]: edits } }
                });
            }
        }
        return actions;
    }
}
