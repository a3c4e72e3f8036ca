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
        const documents = results.filter(r => r.document !== undefined && r.problem === undefined).length;
        const writingOnly = documents === 0 ? ''
            : `\n${documents} of these ${documents === 1 ? 'is a document' : 'are documents'} (Word, Markdown or text), not ${documents === 1 ? 'a record' : 'records'}: `
            + 'only the writing was checked (plain language, facts and opinions, personal details); the structure was not checked.';
        process.stdout.write(`${summary}\n${writingOnly}\nThe quality report for ${reports.length} record${reports.length === 1 ? '' : 's'} is in ${options.output}\n`);
    }
    return results.some(r => r.problem !== undefined) || problems.length > 0 ? EXIT.usage : EXIT.ok;
}

/** What the report says of a file that is writing, not a record. */
export const NOT_A_RECORD = 'structure not checked: not a record';

function toReport(result: FileResult, on: readonly string[]): RecordReport {
    if (result.problem !== undefined) return unreadable(result.file, result.problem);
    const findings: ReportFinding[] = result.diagnostics.map(d => ({
        rule: d.rule, severity: d.severity, file: result.file, line: d.range.start.line + 1, column: d.range.start.character + 1,
        message: d.place ? `In ${d.place}${d.quote ? ` ("${d.quote}")` : ''}: ${d.message}` : d.message
    }));
    if (result.document !== undefined) {
        // Writing only: the criteria of structure are "not checked", because their checks did not run.
        const ran = on.filter(id => result.rules?.includes(id));
        return rubric({ file: result.file, title: NOT_A_RECORD, kinds: [], hasEvidence: true }, findings, ran);
    }
    if (!result.record) return unreadable(result.file, 'It was not checked.');
    return rubric(result.record, findings, on);
}

async function isFile(path: string): Promise<boolean> {
    try {
        return (await stat(path)).isFile();
    } catch {
        return true;
    }
}
