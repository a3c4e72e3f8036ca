/** Runs `action` once calls have stopped for `delayMs`; `cancel` drops a pending call. */
export function debounce<A extends unknown[]>(action: (...args: A) => void, delayMs: number): ((...args: A) => void) & { cancel(): void } {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (...args: A) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
            timer = undefined;
            action(...args);
        }, delayMs);
    };
    return Object.assign(run, {
        cancel() {
            if (timer !== undefined) clearTimeout(timer);
            timer = undefined;
        }
    });
}
