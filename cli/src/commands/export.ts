import { readdir } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { recordToHtml, recordToMarkdown, renderRecord } from '../../../language/src/render/index.js';
import { buildInputs } from '../check.js';
import { read, type Input } from '../files.js';
import { EXIT, formatFor, gatherInputs, loadSettings, UsageError, writeOutput, type SettingsOptions } from '../options.js';

export type ExportFormat = 'html' | 'md';

export interface ExportOptions extends SettingsOptions {
    format?: ExportFormat;
    output?: string;
    stdinFilename?: string;
}

/**
 * A record as a plain document a family can read, from the same renderer as the editor's
 * preview. The assessments in the record's folder are read too, so that a plan shows the
 * full names of the people its assessment lists.
 */
export async function runExport(file: string, options: ExportOptions): Promise<number> {
    const cwd = process.cwd();
    const { settings, problems } = await loadSettings(options, cwd);
    const [input] = await gatherInputs([file], { stdinFilename: options.stdinFilename, ignore: false }, cwd);
    if (!input) throw new UsageError(`There is no record called ${file}.`);
    if ('problem' in input) {
        process.stderr.write(`assessment-lens: ${input.path} could not be exported: ${input.problem}\n`);
        return EXIT.usage;
    }
    const own = resolve(cwd, input.stdin ? (options.stdinFilename ?? 'stdin.plan') : input.path);
    const neighbours = await assessmentsBeside(own, cwd);
    const inputs: Input[] = [{ path: relative(cwd, own) || own, text: input.text }, ...neighbours];
    const { documents } = await buildInputs(inputs, settings, cwd, { validation: false });
    const document = documents.get(0);
    if (!document) throw new UsageError(`${input.path} could not be read as a record.`);
    const rendered = renderRecord(document, { glossary: settings.glossary });
    const format = formatFor(options.format, options.output, ['html', 'md'] as const, 'html');
    await writeOutput(format === 'html' ? recordToHtml(rendered) : recordToMarkdown(rendered), options.output, cwd);
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
}

async function assessmentsBeside(file: string, cwd: string): Promise<Input[]> {
    let names: string[];
    try {
        names = await readdir(dirname(file));
    } catch {
        return [];
    }
    const paths = names.filter(n => extname(n).toLowerCase() === '.assessment').map(n => join(dirname(file), n)).filter(p => p !== file).sort();
    const read_ = await Promise.all(paths.map(p => read(relative(cwd, p) || p, cwd)));
    return read_.filter(i => !('problem' in i));
}
