import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { ruleById } from '../rules/index.js';
import type { Fix } from '../rules/rule.js';

/** The quick fixes a rule offers for one of its findings. */
export function fixesFor(document: LangiumDocument, diagnostic: Diagnostic): Fix[] {
    const data = (diagnostic.data ?? {}) as Record<string, unknown>;
    const rule = typeof data.rule === 'string' ? ruleById(data.rule) : undefined;
    if (!rule?.fix) return [];
    return rule.fix({ document: document as LangiumDocument<Model>, diagnostic, data });
}

/**
 * Every fix in a document that is safe to apply without a person choosing (`fixAll`), one
 * per finding, in the order of the findings. Edits that would touch the same text as an
 * earlier one are left for the next round, so applying the result never garbles the record.
 */
export function safeFixEdits(document: LangiumDocument): { edits: TextEdit[]; count: number } {
    const edits: TextEdit[] = [];
    let count = 0;
    const offset = (p: TextEdit['range']['start']) => document.textDocument.offsetAt(p);
    // Edits of different fixes must not touch, or insertions at one point could interleave
    // ("(ASAP" + a new line + ")"). Whole new lines added at the same point are the exception:
    // they simply follow one another.
    const wholeLines = (e: TextEdit) => /^\r?\n/.test(e.newText) && offset(e.range.start) === offset(e.range.end);
    const clash = (edit: TextEdit) => edits.some(e => {
        const [a0, a1, b0, b1] = [offset(e.range.start), offset(e.range.end), offset(edit.range.start), offset(edit.range.end)];
        if (a0 === b0 && wholeLines(e) && wholeLines(edit)) return false;
        return a0 <= b1 && b0 <= a1;
    });
    const seen = new Set<string>();
    for (const diagnostic of document.diagnostics ?? []) {
        const fix = fixesFor(document, diagnostic).find(f => f.fixAll);
        if (!fix || fix.edits.some(clash)) continue;
        const key = JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        seen.add(key);
        edits.push(...fix.edits);
        count++;
    }
    return { edits, count };
}
