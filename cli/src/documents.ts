import { checkModel, checkProse, PROSE_RULES, type ProseFinding } from '../../language/src/prose-check/index.js';
import { readMarkdown } from '../../language/src/import/markdown.js';
import { modelOf, type DocumentModel } from '../../language/src/import/model.js';
import { readPlainText } from '../../language/src/import/plain-text.js';
import type { LensSettings } from '../../language/src/index.js';
import type { FileResult, Finding } from './check.js';
import type { Input } from './files.js';
import { docxToModel, UnreadableDocument } from './import/docx.js';

export function isDocument(input: Input): boolean {
    return !('problem' in input) && input.document !== undefined;
}

/** The document model of a document given to the command line (a Word file is read in memory). */
export async function modelOfInput(input: Extract<Input, { text: string }>): Promise<DocumentModel> {
    switch (input.document) {
        case 'docx': return docxToModel(input.bytes ?? new Uint8Array());
        case 'markdown': return modelOf(readMarkdown(input.text));
        default: return modelOf(readPlainText(input.text));
    }
}

/**
 * Checks documents with the prose checks only: plain text and Markdown where they stand (line
 * and column in the file), a Word file by paragraph, quoting the words. A Word file that cannot
 * be read is a problem of its own; the others are still checked.
 */
export async function checkDocuments(inputs: readonly Input[], settings: Partial<LensSettings>): Promise<FileResult[]> {
    const rules = PROSE_RULES.map(r => r.id);
    const results: FileResult[] = [];
    for (const input of inputs) {
        if ('problem' in input) {
            results.push({ file: input.path, problem: input.problem, diagnostics: [] });
            continue;
        }
        try {
            const found = input.document === 'docx'
                ? checkModel(await docxToModel(input.bytes ?? new Uint8Array()), settings)
                : checkProse(input.text, { kind: input.document === 'markdown' ? 'markdown' : 'text', settings });
            results.push({ file: input.path, document: input.document, rules, diagnostics: found.map(toFinding) });
        } catch (error) {
            const problem = error instanceof UnreadableDocument ? error.message
                : `The checker stopped on this file, so it was not checked: ${error instanceof Error ? error.message : String(error)}. Please report this.`;
            results.push({ file: input.path, document: input.document, problem, diagnostics: [] });
        }
    }
    return results;
}

function toFinding(f: ProseFinding): Finding {
    return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: f.range,
        quote: f.quote,
        ...(f.place ? { place: f.place } : {})
    };
}
