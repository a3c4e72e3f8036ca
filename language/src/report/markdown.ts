import { escapeMarkdown } from '../render/markdown.js';
import type { Cohort } from './cohort.js';
import { MET, PARTLY, PENALTY, STATUS_MARK, type RecordReport, type ReportFinding } from './rubric.js';

/** The quality report of one record as Markdown. */
export function reportToMarkdown(report: RecordReport): string {
    return `# Quality report: ${escapeMarkdown(report.title)}\n\n${recordPart(report, '##')}\n\n${HOW_SCORED}\n`;
}

/** Many records as Markdown: the cohort table with totals, then each record's detail. */
export function cohortToMarkdown(cohort: Cohort): string {
    const n = cohort.records.length;
    const details = cohort.records.map((r, i) => `<a id="record-${i + 1}"></a>\n\n## ${escapeMarkdown(r.file)}: ${escapeMarkdown(r.title)}\n\n${recordPart(r, '###')}`);
    return [`# Quality report for ${n} record${n === 1 ? '' : 's'}`, cohortTable(cohort), ...details, HOW_SCORED].join('\n\n') + '\n';
}

/** Just the cohort table: one row a record, one column a criterion, and the averages. */
export function cohortTable(cohort: Cohort): string {
    const head = `| Record | ${cohort.totals.map(t => escapeMarkdown(t.name)).join(' | ')} | Overall |`;
    const rule = `| --- | ${cohort.totals.map(() => '---:').join(' | ')} | ---: |`;
    const rows = cohort.records.map((r, i) => `| [${escapeMarkdown(r.file)}](#record-${i + 1}) | `
        + `${r.criteria.map(c => c.score === undefined ? (c.status === 'not applicable' ? 'n/a' : '–') : `${c.score} ${STATUS_MARK[c.status].split(' ')[0]}`).join(' | ')} | ${r.score ?? '–'} |`);
    const totals = `| **Average** | ${cohort.totals.map(t => t.average === undefined ? '–' : `${t.average} (${t.met} of ${t.scored} met)`).join(' | ')} | ${cohort.average ?? '–'} |`;
    return [head, rule, ...rows, totals].join('\n');
}

/** Just one record's table of criteria. */
export function rubricTable(report: RecordReport): string {
    return ['| Criterion | Result | Score | Findings |', '| --- | --- | ---: | ---: |',
        ...report.criteria.map(c => `| ${escapeMarkdown(c.name)} | ${STATUS_MARK[c.status]} | ${c.score ?? '–'} | ${c.findings.length} |`)].join('\n');
}

function recordPart(report: RecordReport, h: string): string {
    if (report.problem) return `${escapeMarkdown(report.file)} could not be checked: ${escapeMarkdown(report.problem)}`;
    const kinds = report.kinds.length > 0 ? report.kinds.join(' and ') : 'no assessment or plan line';
    const table = rubricTable(report);
    const parts = [`${escapeMarkdown(report.file)} (${kinds}). Overall score: **${report.score ?? '–'}** out of 100.`, table];
    for (const c of report.criteria) {
        if (c.findings.length === 0) continue;
        parts.push(`${h} ${escapeMarkdown(c.name)}: ${STATUS_MARK[c.status]}\n\n${escapeMarkdown(c.asks)}\n\n${findingList(c.findings)}`);
    }
    if (report.other.length > 0) parts.push(`${h} Other findings\n\n${findingList(report.other)}`);
    return parts.join('\n\n');
}

function findingList(findings: readonly ReportFinding[]): string {
    return findings.map(f => `- \`${f.file}:${f.line}\` **${f.severity === 'info' ? 'note' : f.severity}**: ${escapeMarkdown(f.message)} (${f.rule})`).join('\n');
}

const HOW_SCORED = `*How the score is worked out: each criterion starts at 100; each error its checks find takes off ${PENALTY.error}, `
    + `each warning ${PENALTY.warning} and each note ${PENALTY.info}. ${MET} or more with no errors or warnings is met; below ${PARTLY} is not met; `
    + 'anything between is partly met. The overall score is the average of the criteria that apply.*';
