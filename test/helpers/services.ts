import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createAssessmentLensServices, type LensSettings } from '../../language/src/index.js';
import type { Model } from '../../language/src/generated/ast.js';

let counter = 0;

/** Fresh services, with the date pinned so that age and time checks are repeatable. */
export function makeServices(settings: Partial<LensSettings> = {}) {
    const services = createAssessmentLensServices(EmptyFileSystem);
    services.AssessmentLens.lens.Settings.set({ today: '2026-05-01', docsBase: 'file:///docs', ...settings });
    return services;
}

/** Checks one or more records together (so that a plan sees its assessment) and returns their documents. */
export async function checkRecords(files: Record<string, string>, settings: Partial<LensSettings> = {}): Promise<Array<LangiumDocument<Model>>> {
    const { shared } = makeServices(settings);
    const run = ++counter;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/records/${run}/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Checks a single record and returns its findings. */
export async function findings(text: string, name = 'record.plan', settings: Partial<LensSettings> = {}): Promise<Diagnostic[]> {
    const [document] = await checkRecords({ [name]: text }, settings);
    return document.diagnostics ?? [];
}

/** Removes the common leading indentation of a template literal, so tests can indent records naturally. */
export function record(strings: TemplateStringsArray, ...values: unknown[]): string {
    const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
    const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
    const indent = Math.min(...lines.filter(l => l.trim()).map(l => /^ */.exec(l)![0].length));
    return lines.map(l => l.slice(indent)).join('\n');
}
