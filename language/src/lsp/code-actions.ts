import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { CodeActionKind, type CodeAction, type Command } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { ruleById } from '../rules/index.js';

/** Quick fixes come from the rule that made each finding. */
export class RecordCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = (diagnostic.data ?? {}) as Record<string, unknown>;
            const rule = typeof data.rule === 'string' ? ruleById(data.rule) : undefined;
            if (!rule?.fix) continue;
            for (const fix of rule.fix({ document: document as LangiumDocument<Model>, diagnostic, data })) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: { changes: { [document.uri.toString()]: fix.edits } }
                });
            }
        }
        return actions;
    }
}
