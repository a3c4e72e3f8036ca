import type { FileResult } from '../check.js';

/** One entry per file, with LSP's 0-based positions; a file that could not be read carries `problem`. */
export function formatJson(results: readonly FileResult[]): string {
    return JSON.stringify(results.map(r => r.problem === undefined
        ? { file: r.file, diagnostics: r.diagnostics }
        : { file: r.file, problem: r.problem, diagnostics: [] }), null, 2);
}
