/** The line under the record that says what the checks found; screen readers announce it. */
export function setStatus(text: string): void {
    const status = document.getElementById('status');
    if (status && status.textContent !== text) status.textContent = text;
}

const notes = new Map<string, string>();

/** A note about a record (how it was imported) that the status line gives before its findings. */
export function noteFor(name: string, note: string): void {
    notes.set(name, note);
}

/** The status line for a record: its note, if it has one, and what the checks found in it. */
export function describeRecord(name: string, severities: number[]): string {
    const note = notes.get(name);
    return note ? `${note} ${describeFindings(name, severities)}` : describeFindings(name, severities);
}

/** "3 findings: 1 error, 2 warnings" in plain words. */
export function describeFindings(name: string, severities: number[]): string {
    if (severities.length === 0) return `No findings in ${name}.`;
    const count = (severity: number) => severities.filter(s => s === severity).length;
    const parts = [
        [count(1), 'error', 'errors'],
        [count(2), 'warning', 'warnings'],
        [count(3), 'piece of advice', 'pieces of advice'],
        [count(4), 'hint', 'hints']
    ] as const;
    const listed = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
    return `${severities.length} ${severities.length === 1 ? 'finding' : 'findings'} in ${name}: ${listed.join(', ')}.`;
}
