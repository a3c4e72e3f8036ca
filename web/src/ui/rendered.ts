import type { ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { editor } from 'monaco-editor/editor/editor.api';
import { goTo } from './go-to.js';

interface RenderedResult {
    title: string;
    html: string;
    css?: string;
}

/** The two requests of the editor protocol (docs: the preview and the quality report). */
export const PREVIEW_REQUEST = 'assessmentLens/preview';
export const REPORT_REQUEST = 'assessmentLens/report';

/**
 * Fills the preview or the report panel with what the server made. The HTML goes into a
 * shadow root, so its stylesheet styles it and nothing else on the page.
 */
export async function renderFromServer(connection: ProtocolConnection, view: editor.IStandaloneCodeEditor,
    method: string, targetId: string): Promise<void> {
    const target = document.getElementById(targetId)!;
    const root = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
    const model = view.getModel();
    if (!model) {
        root.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'No record is open.' }));
        return;
    }
    try {
        const result = await connection.sendRequest<RenderedResult>(method, { uri: model.uri.toString() });
        root.innerHTML = `<style>${result.css ?? ''}</style>${result.html}`;
        target.dataset.title = result.title;
    } catch (error) {
        root.replaceChildren(Object.assign(document.createElement('p'), {
            className: 'problem',
            textContent: `This could not be shown: ${(error as Error).message}`
        }));
    }
}

/** In the report, a finding is a link to its place in the record. */
export function followFindingLinks(targetId: string, view: editor.IStandaloneCodeEditor): void {
    const target = document.getElementById(targetId)!;
    const root = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
    root.addEventListener('click', event => {
        const link = (event.target as Element | null)?.closest?.('a[data-line]');
        if (!link) return;
        event.preventDefault();
        goTo(view, Number(link.getAttribute('data-line')), Number(link.getAttribute('data-column') ?? 0));
    });
}
