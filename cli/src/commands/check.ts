import { RULES, type LensSettings } from '../../../language/src/index.js';
import { checkInputs, type FileResult } from '../check.js';
import { checkDocuments, isDocument } from '../documents.js';
import { withContext, type Input } from '../files.js';
import { formatJson } from '../formatters/json.js';
import { formatJunit } from '../formatters/junit.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { EXIT, gatherInputs, loadSettings, severityWith, writeOutput, type InputOptions, type SettingsOptions } from '../options.js';
import { checkInThreads, threadsFor } from '../parallel.js';
import { Progress } from '../progress.js';

export type CheckFormat = 'stylish' | 'json' | 'sarif' | 'junit';

export interface CheckOptions extends SettingsOptions, InputOptions {
    format: CheckFormat;
    exitZero?: boolean;
    color: boolean;
    maxWarnings?: number;
    threads?: number;
    output?: string;
}

/**
 * Checks records, on several threads when there are many, with a progress line on a terminal.
 * The assessments beside a plan are read too, for the plan's sake; the results are for the
 * records given, in the order given. Documents (Word, Markdown, text) get the prose checks.
 */
export async function checkRecords(all: readonly Input[], settings: Partial<LensSettings>, cwd: string,
    options: { quiet?: boolean; threads?: number }): Promise<FileResult[]> {
    // Word, Markdown and text files get the prose checks; the records are checked together, as before.
    const documents = await checkDocuments(all.filter(isDocument), settings);
    const records = await checkRecordFiles(all.filter(i => !isDocument(i)), settings, cwd, options);
    return all.map(input => (isDocument(input) ? documents : records).shift()!);
}

async function checkRecordFiles(given: readonly Input[], settings: Partial<LensSettings>, cwd: string,
    options: { quiet?: boolean; threads?: number }): Promise<FileResult[]> {
    if (given.length === 0) return [];
    const inputs = await withContext(given, cwd);
    const readable = inputs.filter(i => !('problem' in i)).length;
    const progress = Progress.for(readable, options.quiet);
    const threads = threadsFor(readable, options.threads);
    try {
        const results = threads > 1
            ? await checkInThreads(inputs, settings, cwd, threads, () => progress.tick())
            : await checkInputs(inputs, settings, cwd, () => progress.tick());
        return results.slice(0, given.length);
    } finally {
        progress.finish();
    }
}

export async function runCheck(paths: string[], options: CheckOptions, version: string): Promise<number> {
    const cwd = process.cwd();
    const { settings, problems } = await loadSettings(options, cwd);
    const inputs = await gatherInputs(paths, options, cwd);
    const all = await checkRecords(inputs, settings, cwd, options);
    const warnings = all.reduce((n, r) => n + r.diagnostics.filter(d => d.severity === 'warning').length, 0);
    const results = options.quiet ? all.map(r => ({ ...r, diagnostics: r.diagnostics.filter(d => d.severity === 'error') })) : all;
    const severityOf = severityWith(settings);
    let text: string;
    switch (options.format) {
        case 'json':
            text = formatJson(results);
            break;
        case 'sarif':
            text = formatSarif(results, { version, cwd, docsUrl: settings.docsBase!, rules: RULES, severityOf });
            break;
        case 'junit':
            text = formatJunit(results, RULES.filter(r => severityOf(r) !== undefined && (!options.quiet || severityOf(r) === 'error')).map(r => r.id));
            break;
        default: {
            const color = options.color && options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
            text = formatStylish(results, { color });
        }
    }
    await writeOutput(text, options.output, cwd);

    if (results.some(r => r.problem !== undefined) || problems.length > 0) return EXIT.usage;
    if (options.exitZero) return EXIT.ok;
    if (results.some(r => r.diagnostics.some(d => d.severity === 'error'))) return EXIT.findings;
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        process.stderr.write(`assessment-lens: ${warnings} warning${warnings === 1 ? '' : 's'} found, and --max-warnings allows at most ${options.maxWarnings}.\n`);
        return EXIT.findings;
    }
    return EXIT.ok;
}
