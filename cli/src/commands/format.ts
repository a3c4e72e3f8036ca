import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createAssessmentLensServices } from '../../../language/src/index.js';
import { formatRecord } from '../../../language/src/format/index.js';
import { EXIT, gatherInputs, UsageError, type InputOptions } from '../options.js';

export interface FormatOptions extends InputOptions {
    check?: boolean;
}

/**
 * Lays records out tidily (indentation, spacing after labels, blank lines), never changing a
 * word. With --check it changes nothing and exits 1 when a record would change, for CI.
 */
export async function runFormat(paths: string[], options: FormatOptions): Promise<number> {
    const cwd = process.cwd();
    const inputs = await gatherInputs(paths, options, cwd);
    const { AssessmentLens } = createAssessmentLensServices(EmptyFileSystem);
    const parser = AssessmentLens.parser.LangiumParser;
    const lexer = AssessmentLens.parser.Lexer;
    let unreadable = 0;
    const changed: string[] = [];
    for (const input of inputs) {
        if ('problem' in input) {
            unreadable++;
            process.stderr.write(`assessment-lens: ${input.path} was not formatted: ${input.problem}\n`);
            continue;
        }
        const root = parser.parse(input.text).value.$cstNode;
        const result = formatRecord(input.text, root, { lexer });
        if (input.stdin) {
            if (options.check) {
                if (result.changed) changed.push(input.path);
            } else {
                process.stdout.write(result.text);
            }
            continue;
        }
        if (!result.changed) continue;
        changed.push(input.path);
        if (options.check) continue;
        try {
            await writeFile(resolve(cwd, input.path), (input.bom ? '\uFEFF' : '') + result.text);
        } catch (error) {
            throw new UsageError(`${input.path} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the files listed before it were formatted.`);
        }
    }
    const readable = inputs.length - unreadable;
    const toStdout = inputs.some(i => !('problem' in i) && i.stdin) && !options.check;
    if (!options.quiet && !toStdout) {
        for (const path of changed) process.stdout.write(`${path}\n`);
        const n = changed.length;
        process.stdout.write(options.check
            ? (n === 0 ? `All ${readable} record${readable === 1 ? ' is' : 's are'} formatted.\n` : `${n} of ${readable} record${readable === 1 ? '' : 's'} would be reformatted: run assessment-lens format on ${n === 1 ? 'it' : 'them'}.\n`)
            : `Formatted ${n} of ${readable} record${readable === 1 ? '' : 's'}.\n`);
    }
    if (unreadable > 0) return EXIT.usage;
    return options.check && changed.length > 0 ? EXIT.findings : EXIT.ok;
}
