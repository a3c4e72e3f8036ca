import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TextDocument, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { fixesFor } from '../../../language/src/index.js';
import { buildInputs } from '../check.js';
import { unifiedDiff } from '../diff.js';
import { withContext, type Input } from '../files.js';
import { EXIT, gatherInputs, loadSettings, UsageError, type InputOptions, type SettingsOptions } from '../options.js';

/** Fixing can make a new finding that has its own fix; this many rounds is plenty, and stops any loop. */
export const MAX_ROUNDS = 5;

export interface FixOptions extends SettingsOptions, InputOptions {
    dryRun?: boolean;
}

/**
 * Applies every quick fix that is safe without a person choosing (each only inserts a line
 * to fill in, or makes the one obvious correction), round after round until none is left.
 * The records are built together, so a plan's fixes see its assessment.
 */
export async function fixTexts(inputs: readonly Input[], settings: Parameters<typeof buildInputs>[1], cwd: string): Promise<{ texts: Array<string | undefined>; fixes: number[] }> {
    const texts = inputs.map(i => 'problem' in i ? undefined : i.text);
    const fixes = inputs.map(() => 0);
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const current: Input[] = inputs.map((input, i) => texts[i] === undefined ? input : { path: input.path, text: texts[i]! });
        const { documents } = await buildInputs(current, settings, cwd);
        let applied = 0;
        for (const [i, document] of documents) {
            const input = inputs[i];
            if (!('problem' in input) && input.context) continue;
            const { edits, count } = separateFixEdits(document);
            if (count === 0) continue;
            texts[i] = TextDocument.applyEdits(document.textDocument, edits);
            fixes[i] += count;
            applied += count;
        }
        if (applied === 0) break;
    }
    return { texts, fixes };
}

/**
 * The safe fixes of a document (those marked for fixing all at once), one per finding, like
 * the engine's `safeFixEdits`, but stricter about fixes that meet: a fix whose edits touch the
 * same place as an earlier fix's (even two insertions at one point, such as an acronym's
 * closing bracket and a new line after it) waits for the next round, when the text has settled.
 */
export function separateFixEdits(document: LangiumDocument): { edits: TextEdit[]; count: number } {
    const offset = (p: TextEdit['range']['start']) => document.textDocument.offsetAt(p);
    const taken: Array<[number, number]> = [];
    const edits: TextEdit[] = [];
    const seen = new Set<string>();
    let count = 0;
    for (const diagnostic of document.diagnostics ?? []) {
        const fix = fixesFor(document, diagnostic).find(f => f.fixAll);
        if (!fix) continue;
        const key = JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        const spans = fix.edits.map(e => [offset(e.range.start), offset(e.range.end)] as [number, number]);
        if (spans.some(([a, b]) => taken.some(([c, d]) => a <= d && c <= b))) continue;
        seen.add(key);
        taken.push(...spans);
        edits.push(...fix.edits);
        count++;
    }
    return { edits, count };
}

export async function runFix(paths: string[], options: FixOptions): Promise<number> {
    const cwd = process.cwd();
    const { settings, problems } = await loadSettings(options, cwd);
    const inputs = await gatherInputs(paths, options, cwd);
    const { texts, fixes } = await fixTexts(await withContext(inputs, cwd), settings, cwd);
    let unreadable = 0;
    let changedFiles = 0;
    const diffs: string[] = [];
    for (const [i, input] of inputs.entries()) {
        if ('problem' in input) {
            unreadable++;
            process.stderr.write(`assessment-lens: ${input.path} was not fixed: ${input.problem}\n`);
            continue;
        }
        const after = texts[i]!;
        if (after !== input.text) changedFiles++;
        if (input.stdin) {
            process.stdout.write(options.dryRun ? unifiedDiff(input.path, input.text, after) : after);
            continue;
        }
        if (after === input.text) continue;
        if (options.dryRun) {
            diffs.push(unifiedDiff(input.path, input.text, after));
        } else {
            try {
                await writeFile(resolve(cwd, input.path), (input.bom ? '\uFEFF' : '') + after);
            } catch (error) {
                throw new UsageError(`${input.path} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the files listed before it were fixed.`);
            }
            if (!options.quiet) process.stdout.write(`${input.path}: ${fixes[i]} fix${fixes[i] === 1 ? '' : 'es'}\n`);
        }
    }
    if (options.dryRun) process.stdout.write(diffs.join(''));
    if (!options.quiet) {
        const total = fixes.slice(0, inputs.length).reduce((a, b) => a + b, 0);
        const summary = total === 0 ? 'No safe quick fixes to make.'
            : `${options.dryRun ? 'Would make' : 'Made'} ${total} fix${total === 1 ? '' : 'es'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}.`
                + ' Read each change: a line a fix adds has words in <angle brackets> for you to replace.';
        // Beside a diff or a fixed record on standard output, the summary goes to standard error.
        const toStderr = options.dryRun || inputs.some(i => !('problem' in i) && i.stdin);
        (toStderr ? process.stderr : process.stdout).write(`${summary}\n`);
    }
    return unreadable > 0 || problems.length > 0 ? EXIT.usage : EXIT.ok;
}
