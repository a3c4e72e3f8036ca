import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { LensSettings } from '../../language/src/index.js';
import { checkInputs, type FileResult } from './check.js';
import type { Input } from './files.js';

/** Below this many records a thread, starting threads costs more than it saves (measured: see docs/cli.md). */
export const FILES_PER_THREAD = 40;
const MAX_THREADS = 4;
/**
 * On two cores, threads saved at most a tenth of the time and were slower when the computer
 * was busy (docs/cli.md), so by default threads are used only with four cores or more.
 */
const MIN_CORES = 4;

export const WORKER_ROLE = 'assessment-lens-check';

/** How many threads to check with: the number asked for, or, on four or more cores, one a core when there are enough records. */
export function threadsFor(files: number, asked?: number, cores = availableParallelism()): number {
    if (asked !== undefined) return Math.max(1, Math.min(asked, files));
    if (cores < MIN_CORES) return 1;
    return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks records on several threads. Records that belong together (a plan and the assessment
 * its `from:` line names) go to the same thread, so each finds what it would find in one
 * workspace. Results come back in the order the records were given. A thread that fails is
 * done again here, so no result is lost.
 */
export async function checkInThreads(inputs: readonly Input[], settings: Partial<LensSettings>, cwd: string, threads: number,
    onChecked?: () => void): Promise<FileResult[]> {
    const results: Array<FileResult | undefined> = new Array(inputs.length).fill(undefined);
    inputs.forEach((input, i) => { if ('problem' in input) results[i] = { file: input.path, problem: input.problem, diagnostics: [] }; });
    const readable = inputs.map((input, i) => ({ input, i })).filter((e): e is { input: { path: string; text: string }; i: number } => !('problem' in e.input));
    const buckets = partition(readable.map(e => e.input), threads).map(bucket => bucket.map(k => readable[k]));
    await Promise.all(buckets.filter(b => b.length > 0).map(async bucket => {
        const own = bucket.map(e => e.input);
        let checked: FileResult[];
        try {
            checked = await inWorker(own, settings, cwd, onChecked);
        } catch {
            checked = await checkInputs(own, settings, cwd);
        }
        bucket.forEach((e, k) => { results[e.i] = checked[k]; });
    }));
    return results.map((r, i) => r ?? { file: inputs[i].path, problem: 'This file was not checked.', diagnostics: [] });
}

function inWorker(inputs: ReadonlyArray<{ path: string; text: string }>, settings: Partial<LensSettings>, cwd: string,
    onChecked?: () => void): Promise<FileResult[]> {
    return new Promise((done, fail) => {
        const worker = new Worker(bundleFile(), { workerData: { role: WORKER_ROLE, inputs, settings, cwd } });
        let finished = false;
        worker.on('message', (message: { type: 'checked' } | { type: 'done'; results: FileResult[] } | { type: 'failed'; message: string }) => {
            if (message.type === 'checked') onChecked?.();
            else if (message.type === 'done') {
                finished = true;
                done(message.results);
            } else {
                finished = true;
                fail(new Error(message.message));
            }
        });
        worker.on('error', error => { finished = true; fail(error); });
        worker.on('exit', code => { if (!finished) fail(new Error(`The checking thread stopped (${code}).`)); });
    });
}

/** The command line's own bundle, which also holds the thread's code. */
function bundleFile(): string {
    const here = fileURLToPath(import.meta.url);
    return here.endsWith('.cjs') ? here : resolve(dirname(here), '..', '..', 'out', 'cli', 'main.cjs');
}

/** True in a checking thread started by `checkInThreads`. */
export function isCheckWorker(): boolean {
    return parentPort !== null && (workerData as { role?: string } | undefined)?.role === WORKER_ROLE;
}

/** The work of a checking thread: check its records and send back the results. */
export async function runCheckWorker(): Promise<void> {
    const { inputs, settings, cwd } = workerData as { inputs: Input[]; settings: Partial<LensSettings>; cwd: string };
    try {
        const results = await checkInputs(inputs, settings, cwd, () => parentPort!.postMessage({ type: 'checked' }));
        parentPort!.postMessage({ type: 'done', results });
    } catch (error) {
        parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
}

// ------------------------------------------------------------------ which records go together

const ASSESSMENT_LINE = /^assessment[ \t]+(\S.*)$/gim;
const FROM_LINE = /^[ \t]*from[ \t]*:[ \t]*(\S.*)$/gim;

function titleKey(title: string): string {
    return title.trim().replace(/^["“](.*)["”]$/, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Splits records into `count` groups of about the same size, keeping each plan with the
 * assessment its `from:` line names (the one in the plan's own folder when there are several).
 * Returns, for each group, the positions of its records in the list given.
 */
export function partition(inputs: ReadonlyArray<{ path: string; text: string }>, count: number): number[][] {
    const parent = inputs.map((_, i) => i);
    const find = (i: number): number => parent[i] === i ? i : (parent[i] = find(parent[i]));
    const join = (a: number, b: number) => { parent[find(a)] = find(b); };
    const declaredIn = new Map<string, number[]>();
    inputs.forEach((input, i) => {
        for (const m of input.text.matchAll(ASSESSMENT_LINE)) {
            const key = titleKey(m[1]);
            declaredIn.set(key, [...declaredIn.get(key) ?? [], i]);
        }
    });
    inputs.forEach((input, i) => {
        for (const m of input.text.matchAll(FROM_LINE)) {
            const files = declaredIn.get(titleKey(m[1])) ?? [];
            const near = files.filter(f => dirname(inputs[f].path) === dirname(input.path));
            for (const f of near.length > 0 ? near : files) join(i, f);
        }
    });
    const groups = new Map<number, number[]>();
    inputs.forEach((_, i) => groups.set(find(i), [...groups.get(find(i)) ?? [], i]));
    const size = (g: number[]) => g.reduce((sum, i) => sum + inputs[i].text.length, 0);
    const ordered = [...groups.values()].sort((a, b) => size(b) - size(a) || a[0] - b[0]);
    const buckets: number[][] = Array.from({ length: Math.max(1, count) }, () => []);
    const loads = buckets.map(() => 0);
    for (const group of ordered) {
        const lightest = loads.indexOf(Math.min(...loads));
        buckets[lightest].push(...group);
        loads[lightest] += size(group);
    }
    return buckets.map(b => b.sort((x, y) => x - y));
}
