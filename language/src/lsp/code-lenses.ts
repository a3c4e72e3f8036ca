import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver-types';
import { isOutcome, type Outcome } from '../generated/ast.js';
import { AstUtils } from 'langium';

/**
 * Above each outcome, how complete it is at a glance: "measure ✓ · actions 2 · who ✓ · when ✗".
 * A lens only informs; it runs no command.
 */
export class RecordCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument): MaybePromise<CodeLens[]> {
        const lenses: CodeLens[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isOutcome(node) || !node.$cstNode) continue;
            const line = node.$cstNode.range.start.line;
            lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title: outcomeSummary(node), command: '' } });
        }
        return lenses;
    }
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The summary shown above an outcome. */
export function outcomeSummary(outcome: Outcome): string {
    const actions = outcome.actions;
    const measure = outcome.measures.some(m => m.text);
    const who = actions.length > 0 && actions.every(a => a.who.some(w => w.people.length > 0));
    const when = actions.length > 0 && actions.every(a => a.by.some(b => b.date || b.text));
    return `measure ${mark(measure)} · actions ${actions.length} · who ${mark(who)} · when ${mark(when)}`;
}
