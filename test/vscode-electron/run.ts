// Runs the editor scenarios in a real VS Code that @vscode/test-electron downloads (or the
// one named by VSCODE_EXECUTABLE): the extension from this folder, a copy of examples/ as the
// workspace. `npm run test:vscode`. It needs a network that reaches update.code.visualstudio.com
// and, on Linux without a screen, a virtual display (for example `xvfb-run -a npm run test:vscode`).
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Two folders up both from test/vscode-electron/ and from out/scripts/, where run-ts.mjs puts it.
const repository = resolve(import.meta.dirname, '../..');

async function main(): Promise<number> {
    const suite = join(repository, 'out', 'vscode-electron', 'suite.cjs');
    await build({
        entryPoints: [join(repository, 'test', 'vscode-electron', 'suite', 'index.ts')],
        outfile: suite,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        logLevel: 'warning'
    });
    const temp = await mkdtemp(join(tmpdir(), 'assessment-lens-vscode-'));
    try {
        const workspace = join(temp, 'workspace');
        await cp(join(repository, 'examples'), workspace, { recursive: true });
        await runTests({
            extensionDevelopmentPath: repository,
            extensionTestsPath: suite,
            ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
            ...(process.env.VSCODE_VERSION ? { version: process.env.VSCODE_VERSION } : {}),
            launchArgs: [
                workspace,
                '--disable-extensions',
                '--disable-workspace-trust',
                '--skip-welcome',
                '--skip-release-notes',
                '--user-data-dir', join(temp, 'user-data'),
                '--extensions-dir', join(temp, 'extensions')
            ]
        });
        return 0;
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        return 1;
    } finally {
        await rm(temp, { recursive: true, force: true, maxRetries: 5 });
    }
}

process.exitCode = await main();
