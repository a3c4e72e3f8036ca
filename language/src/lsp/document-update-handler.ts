import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher } from 'vscode-languageserver-protocol';
import { CONFIG_FILE } from '../config.js';

/** Besides records, the editor tells the server when a team's settings file changes. */
export class RecordDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected override getWatchers(): FileSystemWatcher[] {
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE}` }];
    }
}
