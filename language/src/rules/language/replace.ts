import type { Fix, FixContext } from '../rule.js';
import { matchCase } from './shared.js';

/**
 * One quick fix per plain alternative: it replaces only the flagged words, keeping their
 * capital letter. Where the glossary gives only an instruction ("describe what happened"),
 * there is nothing to swap in, and the finding's message carries the guidance instead.
 */
export function replacementFixes({ document, diagnostic, data }: FixContext): Fix[] {
    const alternatives = Array.isArray(data.alternatives) ? data.alternatives as string[] : [];
    const original = document.textDocument.getText(diagnostic.range);
    return alternatives.map((alternative, i) => ({
        title: `Change "${original.replace(/\s+/g, ' ')}" to "${matchCase(original, alternative)}"`,
        edits: [{ range: diagnostic.range, newText: matchCase(original, alternative) }],
        preferred: i === 0
    }));
}
