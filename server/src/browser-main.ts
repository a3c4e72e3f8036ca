import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import {
    createAssessmentLensServices, followEditorSettings, parseConfig, recheckAll, registerImportRequest, registerRecordRequests, RULES,
    type AssessmentLensServices
} from '../../language/src/index.js';
import { docxToModelInBrowser } from './word.js';
import { ClientFileSystemProvider } from './client-file-system.js';

/**
 * The same language server, for a browser: it runs in a Web Worker and speaks LSP with the
 * page (or VS Code for the Web) through the worker's messages. There is no file system here,
 * so nothing is read from disk and nothing is fetched: records arrive as open documents or are
 * read through the editor, and the settings arrive as data.
 *
 * What the host may send in `initializationOptions`:
 * - `docsBase`: the address of the rule pages (the folder holding `rules/`);
 * - `team`: the team's settings, the contents of `.assessment-lens.json` as an object or as text;
 * - `workspaceFiles`: true when the host lets the server read the workspace's records through it.
 *
 * Later, `workspace/didChangeConfiguration` may carry `assessmentLens` (a person's settings, as in
 * the desktop editor) and `assessmentLensTeam` (the team's settings, as above).
 */
export const TEAM_SECTION = 'assessmentLensTeam';

/** What a browser host may tell the server when it starts. */
export interface BrowserInitializationOptions {
    docsBase?: string;
    team?: unknown;
    /** the host answers assessmentLens/readDirectory and assessmentLens/readFile (client-file-system.ts) */
    workspaceFiles?: boolean;
}

type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];
declare const self: WorkerScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new ClientFileSystemProvider(connection);
const { shared, AssessmentLens } = createAssessmentLensServices({ connection, fileSystemProvider: () => files });

followEditorSettings(shared, AssessmentLens);
followTeamSettingsAsData(shared, AssessmentLens);
// The preview, the quality report and importing a document, as on the desktop.
registerRecordRequests(shared, AssessmentLens);
registerImportRequest(shared, AssessmentLens, docxToModelInBrowser);

startLanguageServer(shared);

/** Takes the rule pages' address and the team's settings from the host, as data. */
function followTeamSettingsAsData(sharedServices: typeof shared, language: AssessmentLensServices): void {
    const applyTeam = (raw: unknown): void => {
        if (raw === undefined || raw === null) {
            language.lens.Settings.setLayer('team', {});
            return;
        }
        const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
        const { settings, problems } = parseConfig(text, RULES.map(rule => rule.id));
        language.lens.Settings.setLayer('team', settings);
        if (problems.length > 0) {
            void connection.window.showWarningMessage(
                `Assessment Lens: the team's settings have ${problems.length === 1 ? 'a problem' : 'problems'}: ${problems.join(' ')}`
            );
        }
    };
    sharedServices.lsp.LanguageServer.onInitialize(params => {
        const options = (params.initializationOptions ?? {}) as BrowserInitializationOptions;
        files.enabled = options.workspaceFiles === true;
        if (typeof options.docsBase === 'string' && options.docsBase) {
            language.lens.Settings.set({ docsBase: options.docsBase });
        }
        if (options.team !== undefined) applyTeam(options.team);
    });
    sharedServices.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== TEAM_SECTION) return;
        applyTeam(update.configuration);
        void recheckAll(sharedServices);
    });
}
