import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, test } from 'vitest';

/**
 * The engine runs in a browser worker as well as in Node.js, so nothing it imports, directly or
 * through a package, may be a Node.js built-in (`fs`, `path`, `node:url`, `child_process`...).
 * Each entry point that runs in a browser is bundled here as esbuild does for the web build
 * (`platform: 'browser'`), and every import of a built-in is written down with the file that
 * makes it.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILTINS = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

interface BuiltinImport {
    builtin: string;
    importer: string;
}

/** An esbuild plugin that notes each built-in import and lets the build carry on. */
function noteBuiltins(found: BuiltinImport[]): Plugin {
    return {
        name: 'note-node-builtins',
        setup(pluginBuild) {
            pluginBuild.onResolve({ filter: /.*/ }, args => {
                const isBuiltin = args.path.startsWith('node:') || BUILTINS.has(args.path) || BUILTINS.has(args.path.split('/')[0]);
                if (!isBuiltin) return undefined;
                found.push({ builtin: args.path, importer: args.importer.replace(`${ROOT}/`, '') || '(entry)' });
                return { path: args.path, external: true };
            });
        }
    };
}

async function builtinsReachedFrom(options: { entry?: string; source?: string; external?: string[] }): Promise<BuiltinImport[]> {
    const found: BuiltinImport[] = [];
    const result = await build({
        absWorkingDir: ROOT,
        ...(options.entry ? { entryPoints: [options.entry] } : { stdin: { contents: options.source ?? '', resolveDir: ROOT, loader: 'ts' } }),
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        logLevel: 'silent',
        external: options.external,
        plugins: [noteBuiltins(found)]
    });
    expect(result.errors).toEqual([]);
    return found;
}

describe('code that runs in a browser imports no Node.js built-ins', () => {
    test('the check itself notices a built-in, with and without the node: prefix', async () => {
        const found = await builtinsReachedFrom({ source: "import { readFileSync } from 'fs'; import { join } from 'node:path'; import 'crypto'; console.log(readFileSync, join);" });
        expect(found.map(f => f.builtin).sort()).toEqual(['crypto', 'fs', 'node:path']);
    });

    test('a package name that merely starts like a built-in is not taken for one', async () => {
        const found = await builtinsReachedFrom({ source: "import 'vscode-uri';" });
        expect(found).toEqual([]);
    });

    test.each([
        ['the engine', 'language/src/index.ts', []],
        ['the server in a Web Worker', 'server/src/browser-main.ts', []],
        ['the web extension', 'client/src/extension-web.ts', ['vscode']]
    ])('%s (%s)', async (_name, entry, external) => {
        const found = await builtinsReachedFrom({ entry, external });
        expect(found, found.map(f => `${f.importer} imports ${f.builtin}`).join('\n')).toEqual([]);
    });
});
