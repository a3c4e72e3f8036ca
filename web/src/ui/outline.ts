import type { DocumentSymbol, ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { editor } from 'monaco-editor/editor/editor.api';
import { documentSymbols } from '../lsp-bridge/index.js';
import { goTo } from './go-to.js';

/** The outline panel: the record's parts as a nested list; choosing one moves the cursor there. */
export async function renderOutline(connection: ProtocolConnection, view: editor.IStandaloneCodeEditor): Promise<void> {
    const body = document.getElementById('outline-body')!;
    const model = view.getModel();
    if (!model) {
        body.replaceChildren(paragraph('No record is open.'));
        return;
    }
    const symbols = await documentSymbols(connection, model.uri.toString());
    body.replaceChildren(symbols.length > 0 ? list(symbols, view) : paragraph('This record has no parts yet.'));
}

function paragraph(text: string): HTMLElement {
    return Object.assign(document.createElement('p'), { textContent: text });
}

function list(symbols: DocumentSymbol[], view: editor.IStandaloneCodeEditor): HTMLElement {
    const ul = document.createElement('ul');
    ul.className = 'outline';
    for (const symbol of symbols) {
        const li = document.createElement('li');
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: symbol.name });
        if (symbol.detail) button.setAttribute('aria-description', symbol.detail);
        button.addEventListener('click', () => goTo(view, symbol.selectionRange.start.line, symbol.selectionRange.start.character));
        li.append(button);
        if (symbol.children?.length) li.append(list(symbol.children, view));
        ul.append(li);
    }
    return ul;
}
