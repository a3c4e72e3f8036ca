// Runs one of the project's TypeScript scripts: bundles it with esbuild into out/scripts/
// and imports it, so that scripts use the same engine code as everything else.
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
    process.stderr.write('usage: node scripts/run-ts.mjs <script.ts> [arguments]\n');
    process.exit(2);
}
const outfile = resolve('out', 'scripts', basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'warning', packages: 'external' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
