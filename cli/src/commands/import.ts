import { access } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { importSummary } from '../../../language/src/import/summary.js';
import { modelToRecord, type RecordKind } from '../../../language/src/import/to-record.js';
import { isDocument, modelOfInput } from '../documents.js';
import { read, readStdin, type Input } from '../files.js';
import { UnreadableDocument } from '../import/docx.js';
import { EXIT, loadSettings, UsageError, writeOutput, type SettingsOptions } from '../options.js';

export interface ImportOptions extends SettingsOptions {
    as?: RecordKind;
    output?: string;
    stdinFilename?: string;
}

/**
 * Turns a Word, Markdown or text file into a record skeleton: headings to sections, every
 * paragraph kept word for word, plan tables to outcomes and actions, and no one declared.
 */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
    const cwd = process.cwd();
    if (options.stdinFilename !== undefined && file !== '-') throw new UsageError('--stdin-filename names what is read from standard input; give - as the file too.');
    const { settings, problems } = await loadSettings(options, cwd);
    const name = file === '-' ? options.stdinFilename ?? '<stdin>' : file;
    if (/\.(assessment|plan)$/i.test(name)) throw new UsageError(`${name} is already a record: there is nothing to import. Use "assessment-lens check ${name}" to check it.`);
    if (options.output !== undefined && options.output !== '-' && await exists(resolve(cwd, options.output))) {
        throw new UsageError(`${options.output} already exists, and importing never writes over a file. Choose another name, or move that file first.`);
    }
    const input: Input = file === '-' ? await readStdin(name, { prose: true }) : await read(file, cwd, { prose: true });
    if ('problem' in input) {
        process.stderr.write(`assessment-lens: ${input.path} could not be imported: ${input.problem}\n`);
        return EXIT.usage;
    }
    if (!isDocument(input)) throw new UsageError(`${name} is not a Word (.docx), Markdown (.md) or text (.txt) file.`);
    let model;
    try {
        model = await modelOfInput(input);
    } catch (error) {
        if (!(error instanceof UnreadableDocument)) throw error;
        process.stderr.write(`assessment-lens: ${input.path} could not be imported: ${error.message}\n`);
        return EXIT.usage;
    }
    const source = file === '-' ? (options.stdinFilename ? basename(options.stdinFilename) : undefined) : basename(file);
    const title = source ? basename(source, extname(source)) : undefined;
    const result = modelToRecord(model, { as: options.as, title, source, headings: settings.importHeadings });
    await writeOutput(result.text, options.output, cwd);

    const lines = importSummary(model, result, {
        name: input.path, chosen: options.as !== undefined, guessed: ' (from its headings; use --as to choose)', next: 'run "assessment-lens check"'
    });
    const to = options.output && options.output !== '-' ? process.stdout : process.stderr;
    to.write(`${lines.join('\n')}${options.output && options.output !== '-' ? `\nThe record is in ${options.output}` : ''}\n`);
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
    try {
        await access(path);
        return true;
    } catch {
        return false;
    }
}
