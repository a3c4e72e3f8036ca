import { AstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver-types';
import { isFromField } from '../generated/ast.js';
import { ruleDocUrl } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { findSuppressions } from '../rules/suppressions.js';
import type { SettingsStore } from '../settings-store.js';

/**
 * Links in a record: each check named in a `# lens-ignore` comment opens its page (with the
 * guidance behind it), and a plan's `from:` title opens the assessment it comes from.
 */
export class RecordDocumentLinkProvider implements DocumentLinkProvider {
    constructor(private readonly settings: SettingsStore) {}

    getDocumentLinks(document: LangiumDocument): MaybePromise<DocumentLink[]> {
        const links: DocumentLink[] = [];
        const text = document.textDocument.getText();
        const lines = text.split(/\r\n|\r|\n/);
        const known = new Set(RULES.map(r => r.id));
        for (const s of findSuppressions(text)) {
            let from = s.idsStart;
            for (const id of s.ids) {
                const at = lines[s.line].indexOf(id, from);
                const href = ruleDocUrl(id, this.settings.current);
                if (at >= 0 && href && known.has(id)) {
                    links.push({ range: { start: { line: s.line, character: at }, end: { line: s.line, character: at + id.length } }, target: href, tooltip: `About ${id}` });
                }
                if (at >= 0) from = at + id.length;
            }
        }
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isFromField(node)) continue;
            const target = node.assessment?.ref;
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'assessment');
            if (!target || !cst) continue;
            links.push({ range: cst.range, target: AstUtils.getDocument(target).uri.toString(), tooltip: 'Open the assessment' });
        }
        return links;
    }
}
