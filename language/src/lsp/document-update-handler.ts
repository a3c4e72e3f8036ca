import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher } from 'vscode-languageserver-protocol';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../config.js';

/**
 * Besides records, the editor tells the server when a team's settings file changes. Other
 * files the editor sends (plain-text and Markdown notes, for the prose checks) are not
 * records: they never reach the record builder.
 */
export class RecordDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected override getWatchers(): FileSystemWatcher[] {
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE}` }];
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (this.serviceRegistry.hasServices(URI.parse(change.document.uri))) super.didChangeContent(change);
    }
}
