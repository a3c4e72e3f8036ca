/**
 * A unified diff of two versions of a file, as `diff -u` and `git diff` print it, so that a
 * change can be read before it is made (or applied with `git apply` / `patch -p1`).
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
    if (before === after) return '';
    const a = splitKeep(before);
    const b = splitKeep(after);
    const ops = diffLines(a, b);
    const hunks: string[] = [];
    let i = 0;
    while (i < ops.length) {
        // Find the next change, and the run of changes and short gaps after it.
        while (i < ops.length && ops[i].kind === ' ') i++;
        if (i >= ops.length) break;
        const start = Math.max(0, i - context);
        let end = i;
        for (;;) {
            while (end < ops.length && ops[end].kind !== ' ') end++;
            let gap = end;
            while (gap < ops.length && ops[gap].kind === ' ') gap++;
            if (gap < ops.length && gap - end <= 2 * context) end = gap;
            else break;
        }
        const stop = Math.min(ops.length, end + context);
        const slice = ops.slice(start, stop);
        const oldStart = ops[start].oldLine;
        const newStart = ops[start].newLine;
        const oldCount = slice.filter(o => o.kind !== '+').length;
        const newCount = slice.filter(o => o.kind !== '-').length;
        const lines = slice.map(o => o.kind + line(o.text));
        hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${lines.join('')}`);
        i = stop;
    }
    return `--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}

function range(start: number, count: number): string {
    const first = count === 0 ? start : start + 1;
    return count === 1 ? `${first}` : `${first},${count}`;
}

/** A line as the diff shows it: with its line break, or with the marker for a missing last one. */
function line(text: string): string {
    return /\r?\n$|\r$/.test(text) ? text : `${text}\n\\ No newline at end of file\n`;
}

function splitKeep(text: string): string[] {
    return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

interface Op {
    kind: ' ' | '-' | '+';
    text: string;
    /** lines of each version before this one (0-based positions) */
    oldLine: number;
    newLine: number;
}

/** The shortest edit between two lists of lines (longest common subsequence). */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    const midA = a.slice(prefix, a.length - suffix);
    const midB = b.slice(prefix, b.length - suffix);
    const n = midA.length;
    const m = midB.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops: Op[] = [];
    let oldLine = 0;
    let newLine = 0;
    const push = (kind: Op['kind'], text: string) => {
        ops.push({ kind, text, oldLine, newLine });
        if (kind !== '+') oldLine++;
        if (kind !== '-') newLine++;
    };
    for (let k = 0; k < prefix; k++) push(' ', a[k]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && midA[i] === midB[j]) { push(' ', midA[i]); i++; j++; }
        else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) { push('-', midA[i]); i++; }
        else { push('+', midB[j]); j++; }
    }
    for (let k = a.length - suffix; k < a.length; k++) push(' ', a[k]);
    return ops;
}
