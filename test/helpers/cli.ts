import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The Node the project installs (22 or newer); the system one may be older. */
export const NODE = resolve('node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
export const BIN = resolve('bin', 'assessment-lens.js');

export interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the command line as a person would, through its binary. */
export function lens(args: string[], options: { cwd?: string; input?: string } = {}): Run {
    const result = spawnSync(NODE, [BIN, ...args], {
        cwd: options.cwd ?? process.cwd(),
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
