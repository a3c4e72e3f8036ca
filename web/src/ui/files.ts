import type { ProtocolConnection } from 'vscode-languageserver-protocol/browser';
import { DOCUMENT_FILE, importFile } from './import.js';
import type { Records } from './records.js';
import { noteFor, setStatus } from './status.js';

const RECORD_FILE = /\.(assessment|plan)$/i;

/**
 * Opens records from the file chooser and from files dropped on the page, and imports Word,
 * Markdown and text files as new records. Nothing is uploaded: the browser reads them here.
 */
export function wireOpening(records: Records, connection: ProtocolConnection): void {
    const input = document.getElementById('file-input') as HTMLInputElement;
    document.getElementById('open-file')!.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
        void openFiles(records, connection, [...input.files ?? []]);
        input.value = '';
    });

    const overlay = document.getElementById('drop-overlay')!;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const hide = () => { overlay.hidden = true; };
    document.addEventListener('dragover', event => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        overlay.hidden = false;
    }, true);
    document.addEventListener('dragleave', event => {
        if (event.relatedTarget === null) hide();
    }, true);
    document.addEventListener('drop', event => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        hide();
        void openFiles(records, connection, [...event.dataTransfer?.files ?? []]);
    }, true);
}

async function openFiles(records: Records, connection: ProtocolConnection, files: File[]): Promise<void> {
    const usable = files.filter(f => RECORD_FILE.test(f.name) || DOCUMENT_FILE.test(f.name));
    const skipped = files.filter(f => !usable.includes(f));
    const failed: string[] = [];
    let last: string | undefined;
    for (const file of usable) {
        if (RECORD_FILE.test(file.name)) {
            records.add(file.name, await file.text());
            noteFor(file.name, '');
            last = file.name;
            continue;
        }
        setStatus(`Importing ${file.name}…`);
        try {
            const imported = await importFile(connection, file);
            const name = records.freeName(file.name.replace(/\.[^.]+$/, ''), `.${imported.kind}`);
            records.add(name, imported.record);
            noteFor(name, `${imported.warnings.join(' ')} Nothing was uploaded: ${file.name} was read in this browser.`);
            last = name;
        } catch (error) {
            failed.push(`${file.name} could not be imported: ${(error as Error).message}`);
        }
    }
    if (last) records.show(last);
    const problems = [
        ...failed,
        ...(skipped.length > 0 ? [`Only records (.assessment, .plan) and documents to import (.docx, .md, .txt) can be opened here; ${skipped.map(f => f.name).join(', ')} ${skipped.length === 1 ? 'was' : 'were'} left closed.`] : [])
    ];
    if (problems.length > 0) setStatus(problems.join(' '));
}

interface SaveFilePicker {
    showSaveFilePicker?: (options: {
        suggestedName: string;
        types: Array<{ description: string; accept: Record<string, string[]> }>;
    }) => Promise<{ createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> }>;
}

/** Saves the record shown: where the browser can, to a file the person chooses; otherwise as a download. */
export function wireSaving(records: Records): void {
    document.getElementById('save-file')!.addEventListener('click', () => void save(records));
}

async function save(records: Records): Promise<void> {
    const model = records.current;
    if (!model) return;
    const name = records.nameOf(model);
    const text = model.getValue();
    const picker = (window as unknown as SaveFilePicker).showSaveFilePicker;
    if (picker) {
        try {
            const extension = name.endsWith('.plan') ? '.plan' : '.assessment';
            const handle = await picker.call(window, {
                suggestedName: name,
                types: [{ description: 'Assessment or plan', accept: { 'text/plain': [extension] } }]
            });
            const writable = await handle.createWritable();
            await writable.write(text);
            await writable.close();
            setStatus(`Saved ${name} on this computer.`);
        } catch (error) {
            if ((error as Error).name !== 'AbortError') setStatus(`${name} could not be saved: ${(error as Error).message}`);
        }
        return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`${name} was saved to your downloads folder.`);
}
