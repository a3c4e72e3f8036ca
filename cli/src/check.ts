import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createAssessmentLensServices, type LensSettings } from '../../language/src/index.js';
import type { Input } from './files.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
    rule: string;
    severity: SeverityName;
    message: string;
    range: Diagnostic['range'];
}

export interface FileResult {
    file: string;
    /** Why the file could not be checked, when it could not. */
    problem?: string;
    diagnostics: Finding[];
}

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * Checks records with the same engine as the language server. All files are loaded into one
 * workspace first, so that a plan finds the people of the assessment it comes from.
 */
export async function checkInputs(inputs: readonly Input[], settings: Partial<LensSettings>, cwd: string): Promise<FileResult[]> {
    const { shared, AssessmentLens } = createAssessmentLensServices(EmptyFileSystem);
    AssessmentLens.lens.Settings.set(settings);
    const documents = new Map<Input, LangiumDocument>();
    for (const input of inputs) {
        if ('problem' in input) continue;
        const uri = URI.file(resolve(cwd, input.path));
        const document = shared.workspace.LangiumDocumentFactory.fromString(input.text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(input, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return inputs.map(input => {
        if ('problem' in input) return { file: input.path, problem: input.problem, diagnostics: [] };
        const diagnostics = (documents.get(input)!.diagnostics ?? [])
            .map(d => ({
                rule: String(d.code ?? 'unknown'),
                severity: SEVERITY_NAMES[d.severity ?? 1],
                message: typeof d.message === 'string' ? d.message : d.message.value,
                range: d.range
            }))
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
                || a.rule.localeCompare(b.rule));
        return { file: input.path, diagnostics };
    });
}
