/**
 * A one-line count on the terminal while a long run checks records ("Checking records: 120 of
 * 400"), rewritten in place and cleared at the end. It shows only on a terminal, only after
 * the run has taken a moment, and never with --quiet, so short runs and logs stay clean.
 */
export class Progress {
    private done = 0;
    private shown = false;
    private lastDraw = 0;
    private readonly started = Date.now();

    constructor(private readonly total: number, private readonly enabled: boolean, private readonly stream: NodeJS.WriteStream = process.stderr,
        private readonly delayMs = 300) {}

    static for(total: number, quiet: boolean | undefined): Progress {
        return new Progress(total, !quiet && process.stderr.isTTY === true && total > 1);
    }

    tick(count = 1): void {
        this.done = Math.min(this.total, this.done + count);
        if (!this.enabled) return;
        const now = Date.now();
        if (now - this.started < this.delayMs || (this.shown && now - this.lastDraw < 80 && this.done < this.total)) return;
        this.lastDraw = now;
        this.shown = true;
        this.stream.write(`\r\x1b[KChecking records: ${this.done} of ${this.total}`);
    }

    finish(): void {
        if (this.shown) this.stream.write('\r\x1b[K');
        this.shown = false;
    }
}
