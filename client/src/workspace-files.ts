/**
 * Lets the language server in a browser read the workspace's records through the editor (it
 * has no file system of its own), so that a plan finds the people of an assessment that is not
 * open. Only the workspace the person opened is read, through VS Code's own file system.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

export const READ_DIRECTORY = 'assessmentLens/readDirectory';
export const READ_FILE = 'assessmentLens/readFile';

export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        client.onRequest(READ_DIRECTORY, async (params: { uri: string }) => {
            const folder = vscode.Uri.parse(params.uri);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => ({
                uri: vscode.Uri.joinPath(folder, name).toString(),
                isFile: (type & vscode.FileType.File) !== 0,
                isDirectory: (type & vscode.FileType.Directory) !== 0
            }));
        }),
        client.onRequest(READ_FILE, async (params: { uri: string }) =>
            new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri))))
    ];
}
