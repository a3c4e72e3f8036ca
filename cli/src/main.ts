import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { CONFIG_FILE } from '../../language/src/index.js';
import { runCheck, type CheckOptions } from './commands/check.js';
import { runExport, type ExportOptions } from './commands/export.js';
import { runFix, type FixOptions } from './commands/fix.js';
import { runFormat, type FormatOptions } from './commands/format.js';
import { runImport, type ImportOptions } from './commands/import.js';
import { runReport, type ReportOptions } from './commands/report.js';
import { formatRules, listRules } from './commands/rules.js';
import { ConfigError } from './config-file.js';
import { IGNORE_FILE, IgnoreFileError } from './ignore.js';
import { EXIT, UsageError, wholeNumber } from './options.js';
import { isCheckWorker, runCheckWorker } from './parallel.js';

export { EXIT } from './options.js';

/** The version printed by --version and written into SARIF: package.json's. */
export const VERSION: string = packageJson.version;

function program(): Command {
    const cli = new Command('assessment-lens')
        .description('Checks children\'s social work assessments and plans: the child\'s voice, outcomes, who does what and by when.')
        .version(VERSION)
        .exitOverride()
        .showHelpAfterError('(run assessment-lens --help to see what it can do)');

    const today = () => new Option('--today <date>', 'the date the checks count from, as YYYY-MM-DD (for example to make CI repeatable)');
    const config = () => new Option('-c, --config <file>', `the team's settings file (default: the nearest ${CONFIG_FILE} from this folder up)`);
    const stdinName = () => new Option('--stdin-filename <name>', 'the file name to show (and whose folder to use) for a record read from standard input (-)');
    const ignorePath = () => new Option('--ignore-path <file>', `a file of paths to leave out (default: the nearest ${IGNORE_FILE} from this folder up)`);
    const noIgnore = () => new Option('--no-ignore', `check every path given, even those in ${IGNORE_FILE}`);
    const quiet = (what: string) => new Option('-q, --quiet', what);
    const threads = () => new Option('--threads <n>', 'check on this many threads; 1 for none (default: on 4 or more cores, one a core, up to 4, for 80 or more records; otherwise 1)')
        .argParser(wholeNumber('--threads', 1));
    const docsUrl = () => new Option('--docs-url <url>', 'where the rule pages are, for links in the results (default: the pages installed with Assessment Lens)');
    const prose = () => new Option('--prose', 'read standard input (-), and any file that is not a record, as writing: only the prose checks run');
    const documents = () => new Option('--documents', 'in folders, check Word, Markdown and text files too (a folder with no records is searched for them anyway)');

    cli.command('check')
        .description('check records (.assessment and .plan files, folders holding them, or - for standard input) and list what needs attention; Word, Markdown and text files get the prose checks')
        .argument('<paths...>', 'files or folders to check; - reads a record (or, with --prose, writing) from standard input')
        .addOption(new Option('-f, --format <format>', 'how to print the findings').choices(['stylish', 'json', 'sarif', 'junit']).default('stylish'))
        .addOption(today())
        .addOption(config())
        .option('--exit-zero', 'exit with 0 even when there are errors (files that cannot be read still give 2)')
        .addOption(new Option('--max-warnings <n>', 'exit with 1 when there are more warnings than this').argParser(wholeNumber('--max-warnings', 0)))
        .addOption(quiet('list errors only, and show no progress line'))
        .addOption(stdinName())
        .addOption(ignorePath())
        .addOption(noIgnore())
        .addOption(threads())
        .addOption(docsUrl())
        .addOption(prose())
        .addOption(documents())
        .option('-o, --output <file>', 'write the findings to this file instead of the screen')
        .option('--no-color', 'print without colours')
        .action(async (paths: string[], options: CheckOptions) => {
            process.exitCode = await runCheck(paths, options, VERSION);
        });

    cli.command('fix')
        .description('make every quick fix that is safe without a person choosing (each adds a line to fill in, or makes one obvious correction)')
        .argument('<paths...>', 'files or folders to fix; - reads a record from standard input and prints it fixed')
        .option('--dry-run', 'change nothing; print the changes as a diff')
        .addOption(today())
        .addOption(config())
        .addOption(quiet('print nothing but errors'))
        .addOption(stdinName())
        .addOption(ignorePath())
        .addOption(noIgnore())
        .action(async (paths: string[], options: FixOptions) => {
            process.exitCode = await runFix(paths, options);
        });

    cli.command('format')
        .description('lay records out tidily: two spaces of indentation a level, one space after each label; the words are never changed')
        .argument('<paths...>', 'files or folders to format; - reads a record from standard input and prints it formatted')
        .option('--check', 'change nothing; exit with 1 when a record would be reformatted (for CI)')
        .addOption(quiet('print nothing but errors'))
        .addOption(stdinName())
        .addOption(ignorePath())
        .addOption(noIgnore())
        .action(async (paths: string[], options: FormatOptions) => {
            process.exitCode = await runFormat(paths, options);
        });

    cli.command('export')
        .description('write a record as a plain document a family can read, as HTML or Markdown')
        .argument('<file>', 'the record to export; - reads it from standard input')
        .addOption(new Option('-f, --format <format>', 'html or md (default: from the --output name, else html)').choices(['html', 'md']))
        .option('-o, --output <file>', 'write to this file instead of the screen')
        .addOption(today())
        .addOption(config())
        .addOption(stdinName())
        .action(async (file: string, options: ExportOptions) => {
            process.exitCode = await runExport(file, options);
        });

    cli.command('report')
        .description('the quality rubric for a record, or a table for a whole cohort: voice of the child, completeness, SMART plan, timeliness, plain language, facts and opinions')
        .argument('<paths...>', 'one record for its rubric; several, or a folder, for the cohort table')
        .addOption(new Option('-f, --format <format>', 'html, md, csv or json (default: from the --output name, else md)').choices(['html', 'md', 'csv', 'json']))
        .option('-o, --output <file>', 'write to this file instead of the screen')
        .addOption(today())
        .addOption(config())
        .addOption(quiet('print nothing but errors, and show no progress line'))
        .addOption(stdinName())
        .addOption(ignorePath())
        .addOption(noIgnore())
        .addOption(threads())
        .addOption(prose())
        .addOption(documents())
        .action(async (paths: string[], options: ReportOptions) => {
            process.exitCode = await runReport(paths, options);
        });

    cli.command('import')
        .description('turn a Word (.docx), Markdown or text file into a record skeleton: headings to sections, plan tables to outcomes and actions, every paragraph kept word for word')
        .argument('<file>', 'the document to import; - reads it from standard input')
        .addOption(new Option('--as <kind>', 'make an assessment or a plan (default: guessed from the headings)').choices(['assessment', 'plan']))
        .option('-o, --output <file>', 'write the record to this file (never over an existing one) instead of the screen')
        .addOption(config())
        .addOption(stdinName())
        .action(async (file: string, options: ImportOptions) => {
            process.exitCode = await runImport(file, options);
        });

    cli.command('rules')
        .description('list every rule: its id, default severity, what it checks and its page')
        .addOption(new Option('-f, --format <format>', 'how to print the list').choices(['text', 'json']).default('text'))
        .action((options: { format: 'text' | 'json' }) => {
            const rules = listRules();
            process.stdout.write((options.format === 'json' ? JSON.stringify(rules, null, 2) : formatRules(rules)) + '\n');
        });

    return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
    try {
        await program().parseAsync([...argv], { from: 'user' });
        return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Commander has already printed its message; help and version are not errors.
            return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
        }
        if (error instanceof UsageError || error instanceof ConfigError || error instanceof IgnoreFileError) {
            process.stderr.write(`assessment-lens: ${error.message}\n`);
            return EXIT.usage;
        }
        process.stderr.write(`assessment-lens: something went wrong inside the checker and it stopped: ${error instanceof Error ? error.message : String(error)}\n`
            + 'Your files have not been changed. Please report this, with the command you ran.\n');
        return EXIT.usage;
    }
}

if (isCheckWorker()) {
    void runCheckWorker();
} else {
    void main(process.argv.slice(2)).then(code => {
        process.exitCode = code;
    });
}
