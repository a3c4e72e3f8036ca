import type { FileResult, SeverityName } from '../check.js';

export interface StylishOptions {
    color: boolean;
}

const PAINT: Record<SeverityName | 'dim' | 'bold' | 'ok', [string, string]> = {
    error: ['\x1b[31m', '\x1b[39m'],
    warning: ['\x1b[33m', '\x1b[39m'],
    info: ['\x1b[36m', '\x1b[39m'],
    hint: ['\x1b[90m', '\x1b[39m'],
    dim: ['\x1b[90m', '\x1b[39m'],
    bold: ['\x1b[1m', '\x1b[22m'],
    ok: ['\x1b[32m', '\x1b[39m']
};

/** Findings grouped by file, one per line with line:column (1-based, as editors show them), then a summary. */
export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
    const paint = (style: keyof typeof PAINT, text: string) => options.color ? PAINT[style][0] + text + PAINT[style][1] : text;
    const out: string[] = [];
    const counts: Record<SeverityName, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    let unreadable = 0;
    for (const result of results) {
        if (result.problem !== undefined) {
            unreadable++;
            out.push(paint('bold', result.file), `  ${paint('error', 'not checked')}  ${result.problem}`, '');
            continue;
        }
        if (result.diagnostics.length === 0) continue;
        out.push(paint('bold', result.file));
        // A Word file has no lines: its findings say which paragraph, and quote the words.
        const placeOf = (d: typeof result.diagnostics[number]) => d.place ?? `${d.range.start.line + 1}:${d.range.start.character + 1}`;
        const width = Math.max(...result.diagnostics.map(d => placeOf(d).length));
        for (const d of result.diagnostics) {
            counts[d.severity]++;
            const where = placeOf(d).padEnd(width);
            const quote = d.place && d.quote ? `"${d.quote}": ` : '';
            out.push(`  ${paint('dim', where)}  ${paint(d.severity, d.severity.padEnd(7))}  ${quote}${d.message}  ${paint('dim', d.rule)}`);
        }
        out.push('');
    }
    const documents = results.filter(r => r.problem === undefined && r.document !== undefined).length;
    const checked = results.length - unreadable - documents;
    const parts = (['error', 'warning', 'info', 'hint'] as const)
        .filter(s => counts[s] > 0)
        .map(s => `${counts[s]} ${s === 'info' ? 'note' : s}${counts[s] === 1 ? '' : 's'}`);
    const checkedWhat = [
        ...(checked > 0 || documents === 0 ? [`${checked} record${checked === 1 ? '' : 's'}`] : []),
        ...(documents > 0 ? [`${documents} document${documents === 1 ? '' : 's'}`] : [])
    ];
    const records = `${checkedWhat.join(' and ')} checked`;
    // A document is not a record: say plainly what was not checked.
    const writingOnly = documents === 0 ? '' : ` ${documents === 1 ? 'The document is' : 'Documents are'} not a record, so only the writing was checked, not the structure.`;
    const notRead = unreadable > 0 ? `, ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read` : '';
    out.push(parts.length === 0
        ? paint('ok', `No problems found: ${records}${notRead}.${writingOnly}`)
        : paint(counts.error > 0 ? 'error' : 'warning', `${joinWords(parts)} in ${records}${notRead}.${writingOnly}`));
    return out.join('\n');
}

function joinWords(parts: string[]): string {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
