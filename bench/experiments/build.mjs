// Bundles the server and the command line as scripts/bundle.mjs does, but with the files named
// in EXPERIMENTS put in place of the product's, into out/bench/experiment/. The benchmarks then
// measure the experiment with:
//   npm run bench -- --server out/bench/experiment/server/main.cjs --cli out/bench/experiment/cli/main.cjs
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** product file → the experiment's file in its place */
const EXPERIMENTS = {
    'language/src/prose/term-matcher.ts': 'bench/experiments/term-matcher.ts'
};

const swaps = new Map(Object.entries(EXPERIMENTS).map(([from, to]) => [resolve(from), resolve(to)]));

/** Sends every import of a swapped file to the experiment's file instead. */
const swap = {
    name: 'swap',
    setup(b) {
        b.onResolve({ filter: /term-matcher/ }, async args => {
            if (args.pluginData?.swapped) return undefined;
            const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { swapped: true } });
            const to = swaps.get(found.path);
            return to && args.importer !== to ? { path: to } : undefined;
        });
    }
};

const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [swap]
};

await Promise.all([
    build({ ...shared, entryPoints: ['server/src/main.ts'], outfile: 'out/bench/experiment/server/main.cjs' }),
    build({ ...shared, entryPoints: ['cli/src/main.ts'], outfile: 'out/bench/experiment/cli/main.cjs' })
]);
process.stdout.write(`built the experiment (${Object.values(EXPERIMENTS).join(', ')}) into out/bench/experiment/\n`);
