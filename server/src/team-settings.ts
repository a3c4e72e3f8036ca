import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import { CONFIG_FILE, parseConfig, recheckAll, RULES, type AssessmentLensServices } from '../../language/src/index.js';

/**
 * Reads the team's `.assessment-lens.json` from the workspace folders (the first one that has
 * it) and reads it again whenever it changes. Problems in the file are shown to the person,
 * and the parts that are right still apply.
 */
export function followTeamSettings(connection: Connection, shared: LangiumSharedServices, language: AssessmentLensServices): void {
    let folders: string[] = [];
    const release = language.lens.Settings.hold();
    const load = async (recheck: boolean) => {
        for (const folder of folders) {
            const path = join(folder, CONFIG_FILE);
            let text: string;
            try {
                text = await readFile(path, 'utf8');
            } catch {
                continue;
            }
            const { settings, problems } = parseConfig(text, RULES.map(r => r.id));
            language.lens.Settings.setLayer('team', settings);
            if (problems.length > 0) {
                void connection.window.showWarningMessage(`Assessment Lens: ${CONFIG_FILE} has ${problems.length === 1 ? 'a problem' : 'problems'}: ${problems.join(' ')}`);
            }
            if (recheck) await recheckAll(shared);
            return;
        }
        language.lens.Settings.setLayer('team', {});
        if (recheck) await recheckAll(shared);
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        const uris = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        folders = uris.filter(u => u.startsWith('file:')).map(u => fileURLToPath(u));
    });
    shared.lsp.LanguageServer.onInitialized(() => void load(false).finally(release));
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(c => c.uri.endsWith(`/${CONFIG_FILE}`))) void load(true);
    });
}
