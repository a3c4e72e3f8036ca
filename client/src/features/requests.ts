import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PreviewResult, RecordParams, ReportResult } from '../../../language/src/lsp/record-requests.js';

export type { PreviewResult, ReportResult };

/** The server's requests for the preview and the quality report (see language/src/lsp/record-requests.ts). */
const PREVIEW = 'assessmentLens/preview';
const REPORT = 'assessmentLens/report';

export function askPreview(client: BaseLanguageClient, uri: string): Promise<PreviewResult> {
    return ask<PreviewResult>(client, PREVIEW, { uri });
}

export function askReport(client: BaseLanguageClient, uri: string): Promise<ReportResult> {
    return ask<ReportResult>(client, REPORT, { uri });
}

/** Sends a request once the server is running; while it is starting, waits (up to 20 seconds). */
async function ask<R>(client: BaseLanguageClient, method: string, params: RecordParams): Promise<R> {
    if (!client.isRunning()) await running(client, 20_000);
    return client.sendRequest<R>(method, params);
}

function running(client: BaseLanguageClient, waitMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
        const fail = () => {
            listener.dispose();
            reject(new Error('The Assessment Lens checks are not running. See the "Assessment Lens" output for details.'));
        };
        const timer = setTimeout(fail, waitMs);
        const listener = client.onDidChangeState(() => {
            if (!client.isRunning()) return;
            clearTimeout(timer);
            listener.dispose();
            resolve();
        });
    });
}

/** An error's message as a person should read it (without the protocol's "Request ... failed" prefix). */
export function plainMessage(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^Request \S+ failed with message: /, '');
}
