import { SHOW_GUIDANCE } from '../../lsp/commands.js';
import type { Fix, FixContext } from '../rule.js';
import { matchCase } from './shared.js';

/**
 * One quick fix per plain alternative: it replaces only the flagged words, keeping their
 * capital letter. Where the glossary gives only an instruction ("describe what happened"),
 * there is nothing to swap in: the fix opens the rule's page with the guidance instead.
 */
export function replacementFixes({ document, diagnostic, data }: FixContext): Fix[] {
    const alternatives = Array.isArray(data.alternatives) ? data.alternatives as string[] : [];
    const original = document.textDocument.getText(diagnostic.range);
    const page = diagnostic.codeDescription?.href;
    if (alternatives.length === 0 && page) {
        const title = `Show the guidance on "${original.replace(/\s+/g, ' ')}"`;
        return [{ title, edits: [], command: { title, command: SHOW_GUIDANCE, arguments: [page] } }];
    }
    return alternatives.map((alternative, i) => ({
        title: `Change "${original.replace(/\s+/g, ' ')}" to "${matchCase(original, alternative)}"`,
        edits: [{ range: diagnostic.range, newText: matchCase(original, alternative) }],
        preferred: i === 0
    }));
}
