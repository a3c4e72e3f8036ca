import { Command, CommanderError, Option } from 'commander';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE, mergeSettings, parseDate } from '../../language/src/index.js';
import { checkInputs } from './check.js';
import { ConfigError, loadConfig } from './config-file.js';
import { collect, read, type Input } from './files.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import { formatRules, listRules } from './rules-command.js';

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A mistake in how the command was called, or files it could not read. */
class UsageError extends Error {}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function program(): Command {
    const cli = new Command('assessment-lens')
        .description('Checks children\'s social work assessments and plans: the child\'s voice, outcomes, who does what and by when.')
        .version('0.1.0')
        .exitOverride()
        .showHelpAfterError('(run assessment-lens --help to see what it can do)');

    cli.command('check')
        .description('check records (.assessment and .plan files, or folders holding them) and list what needs attention')
        .argument('<paths...>', 'files or folders to check')
        .addOption(new Option('-f, --format <format>', 'how to print the findings').choices(['stylish', 'json']).default('stylish'))
        .option('--today <date>', 'the date the checks count from, as YYYY-MM-DD (for example to make CI repeatable)')
        .option('-c, --config <file>', `the team's settings file (default: the nearest ${CONFIG_FILE} from this folder up)`)
        .option('--exit-zero', 'exit with 0 even when there are errors (files that cannot be read still give 2)')
        .option('--no-color', 'print without colours')
        .action(async (paths: string[], options: { format: 'stylish' | 'json'; today?: string; config?: string; exitZero?: boolean; color: boolean }) => {
            if (options.today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || !parseDate(options.today))) {
                throw new UsageError(`--today needs a real date written as YYYY-MM-DD, for example 2026-05-14; '${options.today}' is not one.`);
            }
            const cwd = process.cwd();
            const config = await loadConfig(options.config, cwd);
            for (const warning of config.warnings) process.stderr.write(`assessment-lens: ${warning}\n`);
            const found = await collect(paths, cwd);
            const inputs: Input[] = await Promise.all(found.map(f => 'problem' in f ? f : read(f.path, cwd)));
            const results = await checkInputs(inputs, mergeSettings(config.settings, {
                today: options.today,
                docsBase: pathToFileURL(resolve(packageRoot, 'docs')).href
            }), cwd);
            const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
            process.stdout.write((options.format === 'json' ? formatJson(results) : formatStylish(results, { color })) + '\n');
            if (results.some(r => r.problem !== undefined)) process.exitCode = EXIT.usage;
            else if (!options.exitZero && results.some(r => r.diagnostics.some(d => d.severity === 'error'))) process.exitCode = EXIT.findings;
            else process.exitCode = EXIT.ok;
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
        if (error instanceof UsageError || error instanceof ConfigError) {
            process.stderr.write(`assessment-lens: ${error.message}\n`);
            return EXIT.usage;
        }
        process.stderr.write(`assessment-lens: something went wrong inside the checker and it stopped: ${error instanceof Error ? error.message : String(error)}\n`
            + 'Your files have not been changed. Please report this, with the command you ran.\n');
        return EXIT.usage;
    }
}

void main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
