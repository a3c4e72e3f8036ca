import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createAssessmentLensServices, type LensSettings } from '../../language/src/index.js';
import { recordFacts, type RecordFacts } from '../../language/src/report/index.js';
import type { DocumentKind, Input } from './files.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
    rule: string;
    severity: SeverityName;
    message: string;
    range: Diagnostic['range'];
    /** in a document with no lines of its own (a Word file): where the finding is, such as "paragraph 12" */
    place?: string;
    /** in a document: the words the finding is about */
    quote?: string;
}

export interface FileResult {
    file: string;
    /** Why the file could not be checked, when it could not. */
    problem?: string;
    diagnostics: Finding[];
    /** what the quality report needs to know about the record */
    record?: RecordFacts;
    /** for writing that is not a record: what kind of document it is */
    document?: DocumentKind;
    /** the ids of the rules that ran, when not every rule could (a document gets the prose checks only) */
    rules?: string[];
}

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export type Services = ReturnType<typeof createAssessmentLensServices>;

export interface Built {
    services: Services;
    /** the document of each input that could be read, by its place in the list */
    documents: Map<number, LangiumDocument>;
    /** inputs that could not be read or checked, by their place in the list */
    problems: Map<number, string>;
}

/**
 * Loads records into one workspace and builds them with the same engine as the language server,
 * so that a plan finds the people of the assessment it comes from. If building them together
 * fails, each is built on its own, so that one bad file never costs the results of the others.
 */
export async function buildInputs(inputs: readonly Input[], settings: Partial<LensSettings>, cwd: string,
    options: { validation?: boolean; onChecked?: () => void } = {}): Promise<Built> {
    const problems = new Map<number, string>();
    inputs.forEach((input, i) => { if ('problem' in input) problems.set(i, input.problem); });
    const readable = inputs.map((input, i) => [input, i] as const).filter(([input]) => !('problem' in input)) as Array<readonly [{ path: string; text: string }, number]>;
    try {
        return { ...await buildTogether(readable, settings, cwd, options), problems };
    } catch {
        // Something in one record stopped the whole build: build each record on its own.
        let services: Services | undefined;
        const documents = new Map<number, LangiumDocument>();
        for (const entry of readable) {
            try {
                const one = await buildTogether([entry], settings, cwd, options);
                services = one.services;
                for (const [i, d] of one.documents) documents.set(i, d);
            } catch (error) {
                problems.set(entry[1], `The checker stopped on this file, so it was not checked: ${error instanceof Error ? error.message : String(error)}. Please report this.`);
            }
        }
        return { services: services ?? makeServices(settings), documents, problems };
    }
}

function makeServices(settings: Partial<LensSettings>): Services {
    const services = createAssessmentLensServices(EmptyFileSystem);
    services.AssessmentLens.lens.Settings.set(settings);
    return services;
}

async function buildTogether(entries: ReadonlyArray<readonly [{ path: string; text: string }, number]>, settings: Partial<LensSettings>, cwd: string,
    options: { validation?: boolean; onChecked?: () => void }): Promise<Omit<Built, 'problems'>> {
    const services = makeServices(settings);
    const { shared } = services;
    const documents = new Map<number, LangiumDocument>();
    for (const [input, i] of entries) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(input.text, URI.file(recordPath(input, cwd)));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(i, document);
    }
    const listener = options.onChecked ? shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => options.onChecked!()) : undefined;
    try {
        await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: options.validation ?? true });
    } finally {
        listener?.dispose();
    }
    return { services, documents };
}

/**
 * Where a record is, for the engine: its own path, with `.plan` or `.assessment` added when
 * its name does not end in one (standard input, or a name in other capitals), as the engine
 * knows records by those endings.
 */
function recordPath(input: { path: string; text: string }, cwd: string): string {
    const path = resolve(cwd, input.path === '<stdin>' ? 'stdin' : input.path);
    if (/\.(plan|assessment)$/.test(path)) return path;
    return `${path}${/^plan(\s|$)/im.test(input.text) && !/^assessment(\s|$)/im.test(input.text) ? '.plan' : '.assessment'}`;
}

/** The findings of each input, in the order given; a file that could not be read carries `problem`. */
export async function checkInputs(inputs: readonly Input[], settings: Partial<LensSettings>, cwd: string,
    onChecked?: () => void): Promise<FileResult[]> {
    const { documents, problems } = await buildInputs(inputs, settings, cwd, { onChecked });
    return inputs.map((input, i) => {
        const problem = problems.get(i);
        const document = documents.get(i);
        if (problem !== undefined || !document) return { file: input.path, problem: problem ?? 'This file was not checked.', diagnostics: [] };
        return { file: input.path, diagnostics: findingsOf(document), record: recordFacts(document, input.path) };
    });
}

export function findingsOf(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? [])
        .map(d => ({
            rule: String(d.code ?? 'unknown'),
            severity: SEVERITY_NAMES[d.severity ?? 1],
            message: typeof d.message === 'string' ? d.message : d.message.value,
            range: d.range
        }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
            || a.rule.localeCompare(b.rule));
}
