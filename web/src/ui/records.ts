import type { editor } from 'monaco-editor/editor/editor.api';
import type { Monaco } from '../monaco.js';
import { LANGUAGE_ID } from '../lsp-bridge/index.js';

/**
 * The records open in this page. Each is a Monaco model named like a file
 * (`file:///records/amira-hassan.plan`); the editor shows one at a time, and the server
 * checks them all, so a plan finds the assessment it comes from.
 */
export class Records {
    private readonly listeners = new Set<(name: string) => void>();

    constructor(private readonly monaco: Monaco, private readonly view: editor.IStandaloneCodeEditor) {}

    uriOf(name: string) {
        return this.monaco.Uri.parse(`file:///records/${encodeURIComponent(name)}`);
    }

    nameOf(model: editor.ITextModel): string {
        return decodeURIComponent(model.uri.path.replace(/^\/records\//, ''));
    }

    /** The record shown in the editor. */
    get current(): editor.ITextModel | undefined {
        return this.view.getModel() ?? undefined;
    }

    get names(): string[] {
        return this.monaco.editor.getModels().filter(m => m.getLanguageId() === LANGUAGE_ID).map(m => this.nameOf(m));
    }

    /** Opens a record (or replaces the text of one with the same name) without showing it. */
    add(name: string, text: string): editor.ITextModel {
        const uri = this.uriOf(name);
        const existing = this.monaco.editor.getModel(uri);
        if (existing) {
            existing.pushEditOperations([], [{ range: existing.getFullModelRange(), text }], () => null);
            return existing;
        }
        return this.monaco.editor.createModel(text, LANGUAGE_ID, uri);
    }

    /** Opens a record and shows it. */
    open(name: string, text: string): editor.ITextModel {
        const model = this.add(name, text);
        this.show(name);
        return model;
    }

    show(name: string): void {
        const model = this.monaco.editor.getModel(this.uriOf(name));
        if (!model) return;
        this.view.setModel(model);
        this.listeners.forEach(listener => listener(name));
    }

    /** A name not yet used: `new-record.assessment`, `new-record-2.assessment`... */
    freeName(base: string, extension: string): string {
        for (let n = 1; ; n++) {
            const name = `${base}${n === 1 ? '' : `-${n}`}${extension}`;
            if (!this.monaco.editor.getModel(this.uriOf(name))) return name;
        }
    }

    /** Called when another record is shown. */
    onShow(listener: (name: string) => void): void {
        this.listeners.add(listener);
    }
}
