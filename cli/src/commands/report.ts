import { dirname, relative, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import {
    cohortOf, cohortTable, cohortToCsv, rubricTable, cohortToHtml, cohortToMarkdown, reportToCsv, reportToHtml, reportToMarkdown, rubric, unreadable,
    type RecordReport, type ReportFinding
} from '../../../language/src/report/index.js';
import type { FileResult } from '../check.js';
import { EXIT, formatFor, gatherInputs, loadSettings, rulesOn, writeOutput, type InputOptions, type SettingsOptions } from '../options.js';
import { checkRecords } from './check.js';

export type ReportFormat = 'html' | 'md' | 'csv' | 'json';

export interface ReportOptions extends SettingsOptions, InputOptions {
    format?: ReportFormat;
    output?: string;
    threads?: number;
}

/**
 * The quality rubric: for one record, its criteria and findings; for several (or a folder), a
 * cohort table with one row per record, one column per criterion, and totals.
 */
export async function runReport(paths: string[], options: ReportOptions): Promise<number> {
    const cwd = process.cwd();
    const { settings, problems } = await loadSettings(options, cwd);
    const inputs = await gatherInputs(paths, options, cwd);
    const results = await checkRecords(inputs, settings, cwd, options);
    const on = rulesOn(settings);
    const reports = results.map(r => toReport(r, on));
    const single = paths.length === 1 && reports.length === 1 && (paths[0] === '-' || await isFile(resolve(cwd, paths[0])));
    const format = formatFor(options.format, options.output, ['html', 'md', 'csv', 'json'] as const, 'md');
    const from = options.output && options.output !== '-' ? dirname(resolve(cwd, options.output)) : cwd;
    const linkFor = (f: ReportFinding) => `${relative(from, resolve(cwd, f.file)).split(sep).join('/')}#L${f.line}`;
    let text: string;
    let summary: string;
    if (single) {
        const report = reports[0];
        text = format === 'html' ? reportToHtml(report, { linkFor }) : format === 'md' ? reportToMarkdown(report)
            : format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2);
        summary = `${report.file}: ${report.title}. Overall score ${report.score ?? '–'} out of 100.\n\n${rubricTable(report)}`;
    } else {
        const cohort = cohortOf(reports);
        text = format === 'html' ? cohortToHtml(cohort, { linkFor }) : format === 'md' ? cohortToMarkdown(cohort)
            : format === 'csv' ? cohortToCsv(cohort) : JSON.stringify(cohort, null, 2);
        summary = cohortTable(cohort);
    }
    await writeOutput(text, options.output, cwd);
    // Written to a file: the table on the screen too, and where the whole report is.
    if (options.output && options.output !== '-' && !options.quiet) {
        process.stdout.write(`${summary}\n\nThe quality report for ${reports.length} record${reports.length === 1 ? '' : 's'} is in ${options.output}\n`);
    }
    return results.some(r => r.problem !== undefined) || problems.length > 0 ? EXIT.usage : EXIT.ok;
}

function toReport(result: FileResult, on: readonly string[]): RecordReport {
    if (result.problem !== undefined || !result.record) return unreadable(result.file, result.problem ?? 'It was not checked.');
    const findings: ReportFinding[] = result.diagnostics.map(d => ({
        rule: d.rule, severity: d.severity, message: d.message, file: result.file, line: d.range.start.line + 1, column: d.range.start.character + 1
    }));
    return rubric(result.record, findings, on);
}

async function isFile(path: string): Promise<boolean> {
    try {
        return (await stat(path)).isFile();
    } catch {
        return true;
    }
}
