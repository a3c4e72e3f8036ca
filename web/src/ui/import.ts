import type { ProtocolConnection } from 'vscode-languageserver-protocol/browser';

/** The server's request that turns a document into a record (language/src/lsp/import-request.ts). */
export const IMPORT_REQUEST = 'assessmentLens/import';

/** Documents that can be imported as a record: Word, Markdown and text files. */
export const DOCUMENT_FILE = /\.(docx|md|markdown|txt|text)$/i;

export interface ImportedDocument {
    record: string;
    kind: 'assessment' | 'plan';
    warnings: string[];
}

/**
 * Imports a document as a record: the browser reads the file, and the checks in this page's
 * worker turn it into a record, as `assessment-lens import` does. Nothing leaves the page.
 */
export async function importFile(connection: ProtocolConnection, file: File): Promise<ImportedDocument> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
        return await connection.sendRequest<ImportedDocument>(IMPORT_REQUEST, { name: file.name, bytes: toBase64(bytes) });
    } catch (error) {
        // The protocol puts "Request ... failed with message:" in front of some errors; a person needs only the reason.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(message.replace(/^Request \S+ failed with message: /, ''));
    }
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}
