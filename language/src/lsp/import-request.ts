import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { AssessmentLensServices } from '../assessment-lens-module.js';
import type { TeamHeadings } from '../import/headings.js';
import { readMarkdown } from '../import/markdown.js';
import { modelOf, type DocumentModel } from '../import/model.js';
import { readPlainText } from '../import/plain-text.js';
import { importSummary } from '../import/summary.js';
import { modelToRecord, type RecordKind } from '../import/to-record.js';

/**
 * `assessmentLens/import`: turns a document (Word, Markdown or plain text) into a record
 * skeleton for an editor to open, with the same import as the command line's `import`. The
 * engine cannot read Word files itself (that needs a zip reader and Word's own format), so each
 * host gives it a `readWord` that does, in memory.
 */
export const ImportRequest = 'assessmentLens/import';

export interface ImportParams {
    /** the document's file name, which says what it is written in (`.docx`, `.md`, `.txt`) */
    name: string;
    /** what to make; without it, guessed from the headings and the title */
    kind?: RecordKind;
    /** the text of a Markdown or text file */
    text?: string;
    /** the bytes of the file, in base64: a Word file's, or a text file's (read as UTF-8) */
    bytes?: string;
}

export interface ImportRequestResult {
    /** the record's text */
    record: string;
    kind: RecordKind;
    /** what the person should know, in plain words: how the record was made, and what to do next */
    warnings: string[];
}

/** Reads a Word (.docx) file into the document model, or throws an error whose message a person can read. */
export type ReadWord = (bytes: Uint8Array) => Promise<DocumentModel>;

export interface ImportContext {
    readWord?: ReadWord;
    /** the team's own headings (`importHeadings` in the settings file) */
    headings?: TeamHeadings;
}

type Written = 'docx' | 'markdown' | 'text';
const WRITTEN_IN: Readonly<Record<string, Written>> = { docx: 'docx', md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text' };

/** Imports one document; a problem (a damaged Word file, a file of another kind) is a ResponseError in plain words. */
export async function importDocument(params: ImportParams | undefined, context: ImportContext = {}): Promise<ImportRequestResult> {
    const name = typeof params?.name === 'string' ? params.name.trim() : '';
    if (!params || name === '') throw failed('Say which document to import: the request needs its file name.');
    const file = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    const dot = file.lastIndexOf('.');
    const extension = dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
    if (extension === 'assessment' || extension === 'plan') {
        throw failed(`${file} is already a record: there is nothing to import.`);
    }
    const written = WRITTEN_IN[extension];
    if (!written) throw failed(`${file} cannot be imported: only Word (.docx), Markdown (.md) and text (.txt) files can.`);
    if (params.kind !== undefined && params.kind !== 'assessment' && params.kind !== 'plan') {
        throw failed('A document can be imported as an assessment or as a plan, nothing else.');
    }

    const model = await modelOfDocument(file, written, params, context.readWord);
    const title = dot > 0 ? file.slice(0, dot) : file;
    const result = modelToRecord(model, { as: params.kind, title, source: file, headings: context.headings });

    const warnings = importSummary(model, result, { name: file, chosen: params.kind !== undefined, guessed: ' (guessed from its headings)', next: 'look at the findings' });
    return { record: result.text, kind: result.kind, warnings };
}

async function modelOfDocument(file: string, written: Written, params: ImportParams, readWord: ReadWord | undefined): Promise<DocumentModel> {
    if (written === 'docx') {
        if (params.bytes === undefined) throw failed(`${file} is a Word file: the request needs its bytes (in base64).`);
        if (!readWord) throw failed('Word files cannot be imported here. Save the document as text (.txt) and import that.');
        const bytes = fromBase64(file, params.bytes);
        try {
            return await readWord(bytes);
        } catch (error) {
            throw failed(error instanceof Error ? error.message : String(error));
        }
    }
    let text = params.text;
    if (text === undefined && params.bytes !== undefined) {
        const bytes = fromBase64(file, params.bytes);
        if (bytes.includes(0)) throw failed(`${file} is not a text file, so it cannot be imported as writing.`);
        text = new TextDecoder('utf-8').decode(bytes);
    }
    if (text === undefined) throw failed(`The request gave no text for ${file}.`);
    text = text.replace(/^\uFEFF/, '');
    return modelOf(written === 'markdown' ? readMarkdown(text) : readPlainText(text));
}

function fromBase64(file: string, base64: string): Uint8Array {
    let binary: string;
    try {
        binary = atob(base64);
    } catch {
        throw failed(`The bytes of ${file} did not arrive whole, so it could not be read. Try again.`);
    }
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

function failed(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * Answers `assessmentLens/import` on the services' connection, with the team's import headings
 * in force. Each host calls it once, with its way of reading Word files.
 */
export function registerImportRequest(shared: LangiumSharedServices, services: AssessmentLensServices, readWord?: ReadWord): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ImportRequest, (params: ImportParams | undefined) =>
        importDocument(params, { readWord, headings: services.lens.Settings.current.importHeadings }));
}
