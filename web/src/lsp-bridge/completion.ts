import {
    CompletionRequest, InsertTextFormat, type CompletionItem, type ProtocolConnection, type ServerCapabilities
} from 'vscode-languageserver-protocol/browser';
import type { IDisposable, IRange, languages } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toCompletionKind, toLspPosition, toMarkdown, toMonacoRange, toTextEdits } from './convert.js';
import { LANGUAGE_ID } from './documents.js';

/** Suggestions as a person types: labels, headings, names declared in the record. */
export function registerCompletion(monaco: Monaco, connection: ProtocolConnection, capabilities: ServerCapabilities): IDisposable {
    return monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
        triggerCharacters: capabilities.completionProvider?.triggerCharacters,
        async provideCompletionItems(model, position, context, token) {
            const result = await connection.sendRequest(CompletionRequest.type, {
                textDocument: { uri: model.uri.toString() },
                position: toLspPosition(position),
                context: context.triggerCharacter
                    ? { triggerKind: 2, triggerCharacter: context.triggerCharacter }
                    : { triggerKind: 1 }
            }, token);
            const items = Array.isArray(result) ? result : result?.items;
            if (!Array.isArray(items)) return { suggestions: [] };
            const word = model.getWordUntilPosition(position);
            const wordRange: IRange = {
                startLineNumber: position.lineNumber, startColumn: word.startColumn,
                endLineNumber: position.lineNumber, endColumn: word.endColumn
            };
            return {
                suggestions: items.map(item => toSuggestion(monaco, item, wordRange)),
                incomplete: !Array.isArray(result) && Boolean(result?.isIncomplete)
            };
        }
    });
}

function toSuggestion(monaco: Monaco, item: CompletionItem, wordRange: IRange): languages.CompletionItem {
    const edit = item.textEdit;
    let range: languages.CompletionItem['range'] = wordRange;
    let text = item.insertText ?? item.label;
    if (edit && 'range' in edit) {
        range = toMonacoRange(edit.range);
        text = edit.newText;
    } else if (edit) {
        range = { insert: toMonacoRange(edit.insert), replace: toMonacoRange(edit.replace) };
        text = edit.newText;
    }
    return {
        label: item.labelDetails ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description } : item.label,
        kind: toCompletionKind(monaco, item.kind),
        detail: item.detail,
        documentation: item.documentation === undefined ? undefined : toMarkdown(item.documentation)[0],
        sortText: item.sortText,
        filterText: item.filterText,
        preselect: item.preselect,
        insertText: text,
        insertTextRules: item.insertTextFormat === InsertTextFormat.Snippet
            ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : undefined,
        range,
        additionalTextEdits: item.additionalTextEdits && toTextEdits(item.additionalTextEdits),
        commitCharacters: item.commitCharacters
    };
}
