// Starts code-server (VS Code in the browser) with the packaged extension installed and a
// copy of examples/ as the open folder, for the end-to-end tests. Everything it writes goes
// into one temporary folder, which `stop()` removes after ending every process it started.
// `scripts/e2e/setup.mjs` installs code-server and packages the extension first.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const repositoryRoot = resolve(import.meta.dirname, '../../..');
const installRecord = join(repositoryRoot, '.e2e', 'code-server', 'installed.json');
const guard = join(repositoryRoot, 'scripts', 'e2e', 'process-guard.mjs');

export interface CodeServer {
    /** The address of the running server, such as http://127.0.0.1:41234 */
    readonly url: string;
    /** The address that opens the workspace folder. */
    readonly workspaceUrl: string;
    /** The temporary copy of examples/ that is open in the editor. */
    readonly workspace: string;
    /** Where the extension was installed (one folder per extension). */
    readonly extensionsDir: string;
    /** What code-server has written so far, for error messages. */
    log(): string;
    /** Ends code-server and everything it started, and removes the temporary folder. */
    stop(): Promise<void>;
}

export interface StartOptions {
    /** The VSIX to install; default ASSESSMENT_LENS_VSIX or out/assessment-lens.vsix. */
    vsix?: string;
    /** The folder whose copy is opened; default examples/. */
    folder?: string;
    /** User settings for the editor, added to the quiet defaults below. */
    settings?: Record<string, unknown>;
}

/** Settings that keep the editor free of tips, pop-ups and anything that goes online. */
const quietSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 14
};

async function freePort(): Promise<number> {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolvePort(port));
        });
    });
}

async function installation(): Promise<{ node: string; entry: string }> {
    if (!existsSync(installRecord)) {
        throw new Error('code-server is not installed. Run "node scripts/e2e/setup.mjs" first (npm run test:e2e does).');
    }
    return JSON.parse(await readFile(installRecord, 'utf8')) as { node: string; entry: string };
}

/** Runs a command under the process guard, collecting what it writes. */
function guarded(command: string, args: string[], env: NodeJS.ProcessEnv, output: string[], remove?: string): { process: ChildProcess; group: Promise<number> } {
    const child = spawn(process.execPath, [guard, ...(remove ? ['--remove', remove] : []), command, ...args], {
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
        // The guard stays out of the test runner's process group, so that even killing that whole
        // group leaves it alive to notice (its input closes) and end code-server.
        detached: true
    });
    const group = new Promise<number>((resolveGroup, reject) => {
        child.once('error', reject);
        child.once('exit', code => reject(new Error(`code-server ended at once (exit code ${code}).\n${output.join('')}`)));
        child.stdout.setEncoding('utf8');
        let first = true;
        child.stdout.on('data', (chunk: string) => {
            if (first) {
                first = false;
                const match = /^pid (\d+)\n/.exec(chunk);
                if (match) resolveGroup(Number(match[1]));
                chunk = chunk.slice(match?.[0].length ?? 0);
            }
            output.push(chunk);
        });
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => output.push(chunk));
    return { process: child, group };
}

async function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
    const output: string[] = [];
    const { process: child, group } = guarded(command, args, env, output);
    group.catch(() => undefined);
    const code = await new Promise<number | null>(resolveExit => child.once('exit', resolveExit));
    if (code !== 0) throw new Error(`${args.join(' ')} failed (exit code ${code}):\n${output.join('')}`);
    return output.join('');
}

async function waitUntilAnswering(url: string, log: () => string, exited: () => boolean, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (exited()) throw new Error(`code-server stopped before it answered.\n${log()}`);
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) return;
        } catch {
            // Not listening yet.
        }
        await delay(250);
    }
    throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000} seconds.\n${log()}`);
}

/** Installs the extension into a fresh code-server and starts it on a free local port. */
export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
    const { node, entry } = await installation();
    const vsix = resolve(options.vsix ?? process.env.ASSESSMENT_LENS_VSIX ?? join(repositoryRoot, 'out', 'assessment-lens.vsix'));
    if (!existsSync(vsix)) throw new Error(`The extension package ${vsix} is missing. Run "node scripts/e2e/setup.mjs".`);

    const temp = await mkdtemp(join(tmpdir(), 'assessment-lens-e2e-'));
    const userData = join(temp, 'user-data');
    const extensions = join(temp, 'extensions');
    const workspace = join(temp, 'workspace');
    await cp(options.folder ?? join(repositoryRoot, 'examples'), workspace, { recursive: true });
    await mkdir(join(userData, 'User'), { recursive: true });
    await writeFile(join(userData, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));

    const env: NodeJS.ProcessEnv = {
        ...process.env,
        XDG_CONFIG_HOME: join(temp, 'config'),
        XDG_DATA_HOME: join(temp, 'data'),
        XDG_CACHE_HOME: join(temp, 'cache'),
        TMPDIR: temp
    };
    for (const key of Object.keys(env)) {
        // Variables from `npm run` and the test runner (the repository's Node, its prefix) stay out.
        if (/^(npm_|VITEST|NODE_OPTIONS$|NODE$)/i.test(key)) delete env[key];
    }
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions];

    const stopAll: Array<() => Promise<void>> = [];
    const stop = async () => {
        for (const step of stopAll.splice(0).reverse()) await step();
    };
    stopAll.push(() => rm(temp, { recursive: true, force: true, maxRetries: 5 }));
    try {
        await runToEnd(node, [entry, ...common, '--install-extension', vsix], env);
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const output: string[] = [];
        const server = guarded(node, [entry, ...common,
            '--auth', 'none',
            '--bind-addr', `127.0.0.1:${port}`,
            '--disable-telemetry',
            '--disable-update-check',
            '--disable-workspace-trust',
            '--disable-getting-started-override',
            workspace
        ], env, output, temp);
        let exited = false;
        const exit = new Promise<void>(resolveExit => server.process.once('exit', () => {
            exited = true;
            resolveExit();
        }));
        const group = await server.group;
        stopAll.push(async () => {
            if (!exited) {
                server.process.kill('SIGTERM');
                await Promise.race([exit, delay(8_000)]);
            }
            // Whatever the guard could not end is ended here.
            try {
                process.kill(-group, 'SIGKILL');
            } catch {
                // The group has ended.
            }
        });
        const log = () => output.join('');
        await waitUntilAnswering(url, log, () => exited);
        return {
            url,
            workspaceUrl: `${url}/?folder=${encodeURIComponent(workspace)}`,
            workspace,
            extensionsDir: extensions,
            log,
            stop
        };
    } catch (error) {
        await stop();
        throw error;
    }
}
