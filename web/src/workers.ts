/**
 * Starts the page's two workers: the checks (the language server) and Monaco's helper.
 * From a web server they load from their own files beside the page. Opened from a folder on
 * disk (file://), a browser will not start a worker from a file, so their text comes from
 * worker-sources.js (loaded as an ordinary script) and they start from that text instead.
 */
export type WorkerKind = 'server' | 'editor';

const FILES: Record<WorkerKind, string> = { server: 'server-worker.js', editor: 'editor.worker.js' };

interface SourcesGlobal {
    assessmentLensWorkerSources?: Record<WorkerKind, string>;
}

let sources: Promise<Record<WorkerKind, string>> | undefined;

function loadSources(): Promise<Record<WorkerKind, string>> {
    sources ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = 'worker-sources.js';
        script.onload = () => {
            const loaded = (globalThis as SourcesGlobal).assessmentLensWorkerSources;
            if (loaded) resolve(loaded);
            else reject(new Error('worker-sources.js did not hold the workers.'));
        };
        script.onerror = () => reject(new Error('worker-sources.js is missing beside the page.'));
        document.head.append(script);
    });
    return sources;
}

export async function startWorker(kind: WorkerKind, name: string): Promise<Worker> {
    if (location.protocol !== 'file:') return new Worker(new URL(FILES[kind], location.href), { name });
    const text = (await loadSources())[kind];
    const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
    return new Worker(url, { name });
}
