import { DocumentState, URI, type LangiumDocument, type RootCstNode } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver-protocol';
import type { AssessmentLensServices } from '../assessment-lens-module.js';
import { recordToHtml, renderRecord, stylesheet } from '../render/index.js';
import { recordFacts, reportFindings, reportToHtml, rubric, type RecordReport } from '../report/index.js';
import { effectiveSeverity } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { LensSettings } from '../settings.js';

/**
 * Two requests an editor sends for the record it shows: the plain document for a family
 * (the preview) and the quality report. Both come from the same renderer and rubric as the
 * command line's `export` and `report`, so every host shows the same thing.
 */

export interface RecordParams {
    uri: string;
}

export interface PreviewResult {
    title: string;
    /** the body of the document (no page, no scripts); every top-level block has `data-line` (0-based) */
    html: string;
    /** a stylesheet for the host to inline; colours come from the editor's theme, with fallbacks */
    css: string;
}

export interface ReportCriterion {
    id: string;
    name: string;
    status: string;
    score: number | null;
}

export interface ReportResult {
    title: string;
    /** the rubric as a body fragment; each finding is `<a href="#" data-line data-column>` (0-based) */
    html: string;
    css: string;
    /** the overall score, 0 to 100 */
    score: number | null;
    /** the Completeness criterion's score, 0 to 100, for a status bar */
    completeness: number | null;
    criteria: ReportCriterion[];
}

/** The method names of the two requests. */
export const PreviewRequest = 'assessmentLens/preview';
export const ReportRequest = 'assessmentLens/report';

/** The preview of a checked (or at least parsed) record. */
export function previewOf(document: LangiumDocument, settings: LensSettings): PreviewResult {
    const rendered = renderRecord(document, { glossary: settings.glossary });
    return { title: rendered.title, html: recordToHtml(rendered, { fragment: true }), css: stylesheet('editor') };
}

/** The quality report of a checked record, from the findings it was given. */
export function reportOf(document: LangiumDocument, settings: LensSettings): ReportResult {
    const file = fileName(document.uri);
    const on = RULES.filter(rule => effectiveSeverity(rule, settings) !== undefined).map(rule => rule.id);
    const report: RecordReport = rubric(recordFacts(document, file), reportFindings(document, file), on);
    return {
        title: report.title,
        html: reportToHtml(report, { fragment: true, editorLinks: true }),
        css: stylesheet('editor'),
        score: report.score ?? null,
        completeness: report.criteria.find(c => c.id === 'completeness')?.score ?? null,
        criteria: report.criteria.map(c => ({ id: c.id, name: c.name, status: c.status, score: c.score ?? null }))
    };
}

/**
 * Answers `assessmentLens/preview` and `assessmentLens/report` on the services' connection.
 * Every host (desktop and browser) calls it once.
 */
export function registerRecordRequests(shared: LangiumSharedServices, services: AssessmentLensServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const answer = <R>(make: (document: LangiumDocument, settings: LensSettings) => R) =>
        async (params: RecordParams | undefined, token: CancellationToken): Promise<R> => {
            const document = await checkedDocument(shared, params?.uri, token);
            return make(document, services.lens.Settings.current);
        };
    connection.onRequest(PreviewRequest, answer(previewOf));
    connection.onRequest(ReportRequest, answer(reportOf));
}

/** The record at `uri` once it has been checked, or a plain-English error. */
export async function checkedDocument(shared: LangiumSharedServices, uriText: unknown, token?: CancellationToken): Promise<LangiumDocument> {
    if (typeof uriText !== 'string' || uriText === '') {
        throw new ResponseError(LSPErrorCodes.RequestFailed, 'Say which record to show: the request needs its address (uri).');
    }
    const uri = URI.parse(uriText);
    // With an editor connection, records are known only once the workspace has been read.
    if (shared.lsp.Connection) await shared.workspace.WorkspaceManager.ready;
    // A change can arrive while we wait; wait again until the record is checked as it is now.
    for (let tries = 0; tries < 10; tries++) {
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            // Just opened in the editor and not read yet: wait for it to be read and checked.
            if (shared.workspace.TextDocuments?.get(uri.toString()) === undefined) break;
            await nextCheck(shared, uri, token);
            continue;
        }
        if (document.state >= DocumentState.Validated) {
            if (isCurrent(shared, document)) return document;
            // The editor has sent a change that is not read yet: wait for it to be checked.
            await nextCheck(shared, uri, token);
            continue;
        }
        try {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        } catch {
            if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
            if (!shared.workspace.LangiumDocuments.hasDocument(uri)) break;
            throw new ResponseError(LSPErrorCodes.RequestFailed,
                `${fileName(uri)} has not been checked yet. Open it in the editor, then try again.`);
        }
    }
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    if (document && document.state >= DocumentState.Validated) return document;
    if (document) throw new ResponseError(LSPErrorCodes.RequestFailed, `${fileName(uri)} is still being checked. Try again in a moment.`);
    throw new ResponseError(LSPErrorCodes.RequestFailed, `Assessment Lens does not know the record ${fileName(uri)}. Open it in the editor, then try again.`);
}

/** Whether the record was read from the text the editor holds now (a change may not be read yet). */
function isCurrent(shared: LangiumSharedServices, document: LangiumDocument): boolean {
    const root = document.parseResult.value.$cstNode as RootCstNode | undefined;
    const editor = shared.workspace.TextDocuments?.get(document.uri.toString());
    return root === undefined || editor === undefined || root.fullText === editor.getText();
}

/** Resolves when the record has next been checked, or after a while (or when the request is cancelled). */
function nextCheck(shared: LangiumSharedServices, uri: URI, token?: CancellationToken, waitMs = 3000): Promise<void> {
    return new Promise(resolve => {
        const done = () => {
            clearTimeout(timer);
            phase.dispose();
            cancel?.dispose();
            resolve();
        };
        const timer = setTimeout(done, waitMs);
        const phase = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) done();
        });
        const cancel = token?.onCancellationRequested(done);
    });
}

/** The last part of a record's address, as a person would name the file. */
function fileName(uri: URI): string {
    const path = uri.path;
    return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}
