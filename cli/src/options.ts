import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { effectiveSeverity, mergeSettings, parseDate, RULES, defaultSettings, type LensSettings, type Rule } from '../../language/src/index.js';
import type { SeverityName } from './check.js';
import { loadConfig } from './config-file.js';
import { collect, read, readStdin, type Input } from './files.js';
import { loadIgnore } from './ignore.js';

/** A mistake in how the command was called. */
export class UsageError extends Error {}

/** Exit codes, as documented in docs/cli.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The rule pages installed with the command line, as a URL. */
export const installedDocs = pathToFileURL(resolve(packageRoot, 'docs')).href;

export interface SettingsOptions {
    today?: string;
    config?: string;
    docsUrl?: string;
}

export interface LoadedSettings {
    settings: Partial<LensSettings>;
    /** parts of the settings file that were wrong; each is reported, and the run ends with exit code 2 */
    problems: string[];
}

/** The team's settings file with the command line's own options on top. */
export async function loadSettings(options: SettingsOptions, cwd: string): Promise<LoadedSettings> {
    if (options.today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || !parseDate(options.today))) {
        throw new UsageError(`--today needs a real date written as YYYY-MM-DD, for example 2026-05-14; '${options.today}' is not one.`);
    }
    if (options.docsUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(options.docsUrl)) {
        throw new UsageError(`--docs-url needs a whole web address, such as https://example.org/assessment-lens/docs; '${options.docsUrl}' is not one.`);
    }
    const config = await loadConfig(options.config, cwd);
    for (const problem of config.warnings) process.stderr.write(`assessment-lens: ${problem}\n`);
    return {
        settings: mergeSettings(config.settings, { today: options.today, docsBase: options.docsUrl ?? installedDocs }),
        problems: config.warnings
    };
}

/** The severity each rule runs at with these settings; undefined when it is off. */
export function severityWith(settings: Partial<LensSettings>): (rule: Rule) => SeverityName | undefined {
    const full = { ...defaultSettings(), ...settings, rules: settings.rules ?? {} } as LensSettings;
    return rule => effectiveSeverity(rule, full);
}

export function rulesOn(settings: Partial<LensSettings>): string[] {
    const severity = severityWith(settings);
    return RULES.filter(r => severity(r) !== undefined).map(r => r.id);
}

export interface InputOptions {
    stdinFilename?: string;
    /** read standard input (and files that are not records) as writing, not as a record */
    prose?: boolean;
    /** search folders for Word, Markdown and text files even when they hold records */
    documents?: boolean;
    ignorePath?: string;
    /** false with --no-ignore */
    ignore?: boolean;
    quiet?: boolean;
}

/** The records named on the command line (`-` is standard input), read, in a stable order. */
export async function gatherInputs(paths: readonly string[], options: InputOptions, cwd: string): Promise<Input[]> {
    if (paths.filter(p => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once.');
    if (options.stdinFilename !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename names what is read from standard input; give - as a path too.');
    const ignore = options.ignore === false ? undefined : await loadIgnore(options.ignorePath, cwd);
    const files = paths.filter(p => p !== '-');
    const { found, ignored } = files.length > 0 ? await collect(files, cwd, ignore, { documents: options.documents }) : { found: [], ignored: [] };
    if (ignored.length > 0 && !options.quiet) {
        process.stderr.write(`assessment-lens: left out ${ignored.length} path${ignored.length === 1 ? '' : 's'} listed in ${ignore?.source ?? 'the ignore file'}.\n`);
    }
    const inputs: Input[] = await Promise.all(found.map(f => 'problem' in f ? f : read(f.path, cwd, { prose: options.prose })));
    if (paths.includes('-')) {
        const stdin = await readStdin(options.stdinFilename ?? '<stdin>', { prose: options.prose });
        inputs.splice(paths.slice(0, paths.indexOf('-')).length > 0 ? inputs.length : 0, 0, stdin);
    }
    return inputs;
}

/** The path a record read from standard input is treated as having (for finding its folder's records). */
export function stdinPath(input: Input): string {
    return input.path === '<stdin>' ? 'stdin.assessment' : input.path;
}

/** Writes a result to a file (making its folder), or to standard output. */
export async function writeOutput(text: string, output: string | undefined, cwd: string): Promise<void> {
    if (output === undefined || output === '-') {
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return;
    }
    const path = resolve(cwd, output);
    try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
    } catch (error) {
        throw new UsageError(`${output} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the folder exists and you may write to it.`);
    }
}

/** The format a file name suggests (`report.html` → html), or the one given. */
export function formatFor<T extends string>(given: T | undefined, output: string | undefined, allowed: readonly T[], fallback: T): T {
    if (given !== undefined) return given;
    const ext = output?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
    const named = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
    return allowed.find(a => a === named) ?? fallback;
}

/** A whole number of at least `min`, from an option's text. */
export function wholeNumber(name: string, min: number): (value: string) => number {
    return value => {
        if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${name} needs a whole number of ${min} or more; '${value}' is not one.`);
        return Number(value);
    };
}
