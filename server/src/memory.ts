import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

const MB = 1024 * 1024;
/** Heap growth since the last collection that is worth giving back once the person pauses. */
const WORTH_COLLECTING = 4 * MB;
const IDLE_MS = 3_000;

/**
 * Gives memory back while the editor is quiet. Node collects garbage only when its heap is
 * near a limit set from the computer's memory (gigabytes on most machines), so a server that
 * has checked many records keeps hundreds of megabytes of dead objects it will never need.
 * When checks have left the heap larger and nothing has been checked for a few seconds, the
 * server collects once and hands the freed memory back. A collection takes from a few
 * milliseconds to a second (with a thousand records open) and never happens during a check.
 */
export function giveBackMemoryWhenIdle(shared: LangiumSharedServices): void {
    const collect = garbageCollector();
    if (!collect) return;
    const used = () => getHeapStatistics().used_heap_size;
    let baseline = used();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
        timer = undefined;
        collect();
        baseline = used();
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (timer) clearTimeout(timer);
        if (used() - baseline >= WORTH_COLLECTING) timer = setTimeout(run, IDLE_MS).unref();
    });
}

/** Node's own collector, when the process was started with `--expose-gc` or can be given it now. */
function garbageCollector(): (() => void) | undefined {
    let gc = (globalThis as { gc?: unknown }).gc;
    if (typeof gc !== 'function') {
        try {
            setFlagsFromString('--expose-gc');
            gc = runInNewContext('gc');
        } catch {
            return undefined;
        }
    }
    if (typeof gc !== 'function') return undefined;
    const collector = gc as (options?: object) => void;
    // A "last resort" collection also compacts the heap and hands the freed pages back to the system.
    return () => collector({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
