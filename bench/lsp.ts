/**
 * Measurements over a real editor connection: the built server in its own process, spoken to
 * over stdio with JSON-RPC, as VS Code, Neovim or any LSP client would.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StdioClient } from '../test/helpers/lsp-client.js';

/** The editor's settings for every run: a fixed date, every rule at its own severity. */
const SETTINGS = { today: '2026-05-01' };

export interface Timings {
    /** milliseconds, one per edit */
    samples: number[];
    median: number;
    p95: number;
    max: number;
}

export function summarise(samples: number[]): Timings {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { samples, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Waits for a promise, but not for ever: a server that stops answering fails the benchmark instead of hanging it. */
export function within<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the server within ${seconds} s: ${what}`)), seconds * 1000);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A line in the middle of the record with writing on it, where the edits are typed. */
function typingLine(text: string): { line: number; character: number } {
    const lines = text.split('\n');
    for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
        if (/^\s+(fact:|opinion|[A-Z])/.test(lines[i])) return { line: i, character: lines[i].length };
    }
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/**
 * Opens a record and types into it one character at a time, each time measuring from the
 * moment the change is sent to the moment the server publishes the record's findings.
 */
export async function typingLatency(client: StdioClient, uri: string, text: string, options: { edits: number; warmup: number }): Promise<Timings> {
    const opened = client.diagnosticsFor(uri);
    await client.open(uri, text);
    await within(opened, 120, `the findings of ${uri} after opening it`);
    const at = typingLine(text);
    const samples: number[] = [];
    for (let i = 0; i < options.warmup + options.edits; i++) {
        const typed = i % 6 === 5 ? ' ' : 'abcdefghij'[i % 10];
        const published = client.diagnosticsFor(uri);
        const started = performance.now();
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: i + 2 },
            contentChanges: [{ range: { start: at, end: at }, text: typed }]
        });
        await within(published, 120, `the findings of ${uri} after a change`);
        if (i >= options.warmup) samples.push(performance.now() - started);
        at.character++;
    }
    return summarise(samples);
}

/** Starts the built server (or another bundle of it, for an experiment) and initialises it. */
export async function startServer(serverModule?: string, workspaceFolder?: string): Promise<StdioClient> {
    const client = new StdioClient(SETTINGS, serverModule);
    await client.initialize(workspaceFolder);
    return client;
}

/** The server's resident memory now and at its peak, in megabytes (from /proc on Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } | undefined {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
    } catch {
        return undefined;
    }
}

export interface WorkspaceMemory {
    records: number;
    /** seconds from initialize until every record has been opened and has its findings */
    checkedIn: number;
    afterLoad?: { rss: number; peak: number };
    afterOpen?: { rss: number; peak: number };
    /** a few quiet seconds after the last record was checked */
    atRest?: { rss: number; peak: number };
    /** records opened all at once whose findings never came (see docs/performance.md) */
    lost: number;
}

/**
 * Starts the server on a folder of records (it reads them all, as it does for a team's
 * folder), then opens every record in the editor, one after the other, each once the findings
 * of the one before have come. (Opened all at once, some records' findings never come: a
 * document checked just as the next change arrives has its findings dropped. `lostFindings`
 * shows this.)
 */
export async function workspaceMemory(folder: string, files: string[], serverModule?: string): Promise<WorkspaceMemory> {
    const started = performance.now();
    const client = await startServer(serverModule, folder);
    try {
        const uris = files.map(f => pathToFileURL(f).href);
        // The first record's findings come once the whole folder has been read and linked.
        const first = client.diagnosticsFor(uris[0]);
        await client.open(uris[0], readFileSync(files[0], 'utf8'));
        await within(first, 300, 'the findings of the first record of the folder');
        const afterLoad = memoryOf(client.process.pid!);
        for (let i = 1; i < files.length; i++) {
            const published = client.diagnosticsFor(uris[i]);
            await client.open(uris[i], readFileSync(files[i], 'utf8'));
            await within(published, 60, `the findings of ${uris[i]}`);
        }
        const checkedIn = (performance.now() - started) / 1000;
        const afterOpen = memoryOf(client.process.pid!);
        // The server gives memory back after a few quiet seconds (server/src/memory.ts).
        await new Promise(resolve => setTimeout(resolve, 8_000));
        return { records: files.length, checkedIn, afterLoad, afterOpen, atRest: memoryOf(client.process.pid!), lost: 0 };
    } finally {
        await client.shutdown();
    }
}

/** The processor time a process has used so far, in seconds (from /proc on Linux). */
function cpuSecondsOf(pid: number): number | undefined {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return undefined;
    }
}

/** Resolves once a process has used no processor time for `seconds` (or after `limit` seconds). */
async function idle(pid: number, seconds: number, limit: number): Promise<void> {
    const started = Date.now();
    let last = cpuSecondsOf(pid);
    let quietSince = Date.now();
    while (Date.now() - started < limit * 1000) {
        await new Promise(resolve => setTimeout(resolve, 250));
        const now = cpuSecondsOf(pid);
        if (now === undefined) return;
        if (now !== last) {
            last = now;
            quietSince = Date.now();
        } else if (Date.now() - quietSince >= seconds * 1000) {
            return;
        }
    }
}

/**
 * Opens records all at once, as an editor restoring many tabs does, waits until the server has
 * nothing left to do, and lists the records whose findings never came.
 */
export async function lostFindings(folder: string, files: string[], serverModule?: string): Promise<{ opened: number; lost: string[] }> {
    const client = await startServer(serverModule, folder);
    try {
        const uris = files.map(f => pathToFileURL(f).href);
        for (let i = 0; i < files.length; i++) await client.open(uris[i], readFileSync(files[i], 'utf8'));
        await idle(client.process.pid!, 3, 600);
        const got = new Set(client.published.map(p => p.uri));
        return { opened: files.length, lost: uris.filter(u => !got.has(u)) };
    } finally {
        await client.shutdown();
    }
}
