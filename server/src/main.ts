import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
    checkProseDocuments, createAssessmentLensServices, followEditorSettings, registerImportRequest, registerRecordRequests
} from '../../language/src/index.js';
import { giveBackMemoryWhenIdle } from './memory.js';
import { followTeamSettings } from './team-settings.js';
import { docxToModel } from './word.js';

/**
 * The language server for desktop editors. It speaks LSP over stdio (`--stdio`), Node IPC
 * (`--node-ipc`, as VS Code starts it) or a socket, and holds no logic of its own: the
 * checks and editor features all come from the language package.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared, AssessmentLens } = createAssessmentLensServices({ connection, ...NodeFileSystem });

// Rule pages ship beside the server, so links in findings open on this computer.
const here = dirname(fileURLToPath(import.meta.url));
AssessmentLens.lens.Settings.set({ docsBase: pathToFileURL(resolve(here, '..', '..', 'docs')).href });
followEditorSettings(shared, AssessmentLens);
followTeamSettings(connection, shared, AssessmentLens);
checkProseDocuments(shared, AssessmentLens);
registerRecordRequests(shared, AssessmentLens);
registerImportRequest(shared, AssessmentLens, docxToModel);
giveBackMemoryWhenIdle(shared);

startLanguageServer(shared);
