import { PublishDiagnosticsNotification, type Diagnostic, type ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { Monaco } from '../monaco.js';
import { toMarkerData } from './convert.js';

export const MARKER_OWNER = 'assessment-lens';

/** The findings the server last sent, by record; quick fixes send them back. */
export class DiagnosticStore {
    private readonly byUri = new Map<string, Diagnostic[]>();
    private readonly listeners = new Set<(uri: string, diagnostics: Diagnostic[]) => void>();

    get(uri: string): Diagnostic[] {
        return this.byUri.get(uri) ?? [];
    }

    set(uri: string, diagnostics: Diagnostic[]): void {
        this.byUri.set(uri, diagnostics);
        this.listeners.forEach(listener => listener(uri, diagnostics));
    }

    /** Called each time a record's findings change. */
    onChange(listener: (uri: string, diagnostics: Diagnostic[]) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}

/** Shows the server's findings as Monaco markers (the squiggles, and the Problems list of F8). */
export function showDiagnostics(monaco: Monaco, connection: ProtocolConnection, store: DiagnosticStore): void {
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        store.set(params.uri, params.diagnostics);
        const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
        if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, params.diagnostics.map(d => toMarkerData(monaco, d)));
    });
}
