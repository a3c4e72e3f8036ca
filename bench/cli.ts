/** The command line's wall time on a folder of records, as a team's CI would run it. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const NODE = resolve('node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
const BIN = resolve('bin', 'assessment-lens.js');

export interface CliTiming {
    records: number;
    /** seconds, one per run */
    runs: number[];
    median: number;
    findings: number;
}

/** `bundle`: another build of the command line (an experiment) instead of bin/assessment-lens.js. */
export function cliWallTime(folder: string, rounds = 3, bundle?: string): CliTiming {
    const runs: number[] = [];
    let records = 0;
    let findings = 0;
    for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        const result = spawnSync(NODE, [bundle ? resolve(bundle) : BIN, 'check', folder, '--format', 'json', '--exit-zero', '--today', '2026-05-01'], {
            encoding: 'utf8', maxBuffer: 1 << 30
        });
        runs.push((performance.now() - started) / 1000);
        if (result.status !== 0) throw new Error(`the command line stopped with ${result.status}: ${result.stderr}`);
        const files = JSON.parse(result.stdout) as Array<{ diagnostics: unknown[] }>;
        records = files.length;
        findings = files.reduce((n, f) => n + f.diagnostics.length, 0);
    }
    return { records, runs, median: [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)], findings };
}
