import type { Cohort } from './cohort.js';
import type { RecordReport } from './rubric.js';

/** One record as CSV: a row for each criterion. */
export function reportToCsv(report: RecordReport): string {
    const rows = [['file', 'criterion', 'result', 'score', 'errors', 'warnings', 'notes', 'hints']];
    for (const c of report.criteria) {
        rows.push([report.file, c.name, c.status, c.score?.toString() ?? '', ...[c.counts.error, c.counts.warning, c.counts.info, c.counts.hint].map(String)]);
    }
    return toCsv(rows);
}

/** Many records as CSV: a row for each record, a score and a result for each criterion, and the overall score. */
export function cohortToCsv(cohort: Cohort): string {
    const names = cohort.totals.map(t => t.name);
    const rows = [['file', 'title', 'kinds', ...names.flatMap(n => [`${n} score`, `${n} result`]), 'overall', 'problem']];
    for (const r of cohort.records) {
        rows.push([r.file, r.title, r.kinds.join(' and '), ...r.criteria.flatMap(c => [c.score?.toString() ?? '', c.status]), r.score?.toString() ?? '', r.problem ?? '']);
    }
    rows.push(['Average', '', '', ...cohort.totals.flatMap(t => [t.average?.toString() ?? '', `${t.met} of ${t.scored} met`]), cohort.average?.toString() ?? '', '']);
    return toCsv(rows);
}

/** RFC 4180: fields with commas, quotes or line breaks are quoted; lines end with CRLF. */
function toCsv(rows: readonly string[][]): string {
    return rows.map(row => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
    // A field starting with = + - or @ is opened as a formula by spreadsheets; a quote mark in front keeps it text.
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
