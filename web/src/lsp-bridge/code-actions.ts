import {
    CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Command, type Diagnostic, type ProtocolConnection
} from 'vscode-languageserver-protocol/browser';
import type { IDisposable, editor, languages } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toLspRange } from './convert.js';
import type { DiagnosticStore } from './diagnostics.js';
import { LANGUAGE_ID } from './documents.js';
import { toMonacoWorkspaceEdit } from './workspace-edit.js';

/**
 * Quick fixes (the light bulb, or Ctrl+.): the server's fixes for the findings under the
 * cursor. Monaco applies their edits itself; a fix that is a command (such as "show the
 * guidance") is carried out by the server.
 */
export function registerCodeActions(monaco: Monaco, connection: ProtocolConnection, diagnostics: DiagnosticStore): IDisposable[] {
    const commandIds = new Set<string>();
    const subscriptions: IDisposable[] = [];
    const commandFor = (command: Command): languages.Command => {
        if (!commandIds.has(command.command)) {
            commandIds.add(command.command);
            subscriptions.push(monaco.editor.registerCommand(command.command, (_accessor, ...args: unknown[]) => {
                void connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: args });
            }));
        }
        return { id: command.command, title: command.title, arguments: command.arguments };
    };
    subscriptions.push(monaco.languages.registerCodeActionProvider(LANGUAGE_ID, {
        async provideCodeActions(model, range, context, token) {
            const uri = model.uri.toString();
            const markers = context.markers;
            const relevant = diagnostics.get(uri).filter(d => markers.some(m => sameFinding(m, d)));
            const result = await connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri },
                range: toLspRange(range),
                context: { diagnostics: relevant, only: context.only ? [context.only] : undefined, triggerKind: context.trigger }
            }, token);
            const actions = (Array.isArray(result) ? result : []).map(action => toMonacoAction(monaco, action, markers, commandFor));
            return { actions, dispose() { /* nothing to free */ } };
        }
    }, { providedCodeActionKinds: ['quickfix', 'source.fixAll'] }));
    return subscriptions;
}

function sameFinding(marker: editor.IMarkerData, diagnostic: Diagnostic): boolean {
    return marker.message === diagnostic.message
        && marker.startLineNumber === diagnostic.range.start.line + 1
        && marker.startColumn === diagnostic.range.start.character + 1
        && marker.endLineNumber === diagnostic.range.end.line + 1
        && marker.endColumn === diagnostic.range.end.character + 1;
}

function toMonacoAction(monaco: Monaco, action: CodeAction | Command, markers: editor.IMarkerData[],
    commandFor: (command: Command) => languages.Command): languages.CodeAction {
    if (typeof action.command === 'string') {
        const command = action as Command;
        return { title: command.title, command: commandFor(command) };
    }
    const codeAction = action as CodeAction;
    return {
        title: codeAction.title,
        kind: codeAction.kind,
        isPreferred: codeAction.isPreferred,
        diagnostics: markers.filter(m => codeAction.diagnostics?.some(d => sameFinding(m, d))),
        edit: codeAction.edit && toMonacoWorkspaceEdit(monaco, codeAction.edit),
        command: codeAction.command && commandFor(codeAction.command)
    };
}
