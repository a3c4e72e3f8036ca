import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type LangiumServices } from 'langium/lsp';
import type { CompletionParams } from 'vscode-languageserver-protocol';
import { CompletionItemKind, type CompletionList } from 'vscode-languageserver-types';
import { RULES } from '../rules/index.js';
import type { SettingsStore } from '../settings-store.js';
import { ruleDocUrl } from '../rules/engine.js';

/** The check ids being typed in `# lens-ignore action/vague, …: reason` (before the colon). */
const IGNORE_IDS = /^\s*#\s*lens-ignore(?:-file)?\s+(?:[\w/-]+\s*,\s*)*([\w/-]*)$/;

/**
 * Completion of labels, headings and declared names (Langium's, from the grammar and the
 * scopes), plus the ids of the checks inside a comment that turns a check off.
 */
export class RecordCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: SettingsStore;

    constructor(services: LangiumServices & { lens: { Settings: SettingsStore } }) {
        super(services);
        this.settings = services.lens.Settings;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const ignore = IGNORE_IDS.exec(text);
        if (ignore) {
            const typed = ignore[1];
            const start = { line: params.position.line, character: params.position.character - typed.length };
            return {
                isIncomplete: false,
                items: RULES.map(rule => {
                    const href = ruleDocUrl(rule.id, this.settings.current);
                    return {
                        label: rule.id,
                        kind: CompletionItemKind.Value,
                        detail: rule.description,
                        documentation: { kind: 'markdown', value: `${rule.description}${href ? `\n\n[About this check](${href})` : ''}` },
                        textEdit: { range: { start, end: params.position }, newText: rule.id }
                    };
                })
            };
        }
        if (/^\s*#/.test(text)) return { isIncomplete: false, items: [] };
        return super.getCompletion(document, params);
    }
}
