import { HoverRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { IDisposable } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { toLspPosition, toMarkdown, toMonacoRange } from './convert.js';
import { LANGUAGE_ID } from './documents.js';

/** What a word or a finding means, when the pointer rests on it (or Ctrl+K Ctrl+I). */
export function registerHover(monaco: Monaco, connection: ProtocolConnection): IDisposable {
    return monaco.languages.registerHoverProvider(LANGUAGE_ID, {
        async provideHover(model, position, token) {
            const hover = await connection.sendRequest(HoverRequest.type, {
                textDocument: { uri: model.uri.toString() },
                position: toLspPosition(position)
            }, token);
            if (!hover) return null;
            return { contents: toMarkdown(hover.contents), range: hover.range && toMonacoRange(hover.range) };
        }
    });
}
