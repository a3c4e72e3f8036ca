// Bundles the language server, the VS Code extension and the command line into single
// CommonJS files under out/, so that each starts fast and needs no node_modules at run time.
import { build } from 'esbuild';

const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // import.meta.url has no meaning in CommonJS; give it the bundle's own file URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }
};

await Promise.all([
    build({ ...shared, entryPoints: ['server/src/main.ts'], outfile: 'out/server/main.cjs' }),
    build({ ...shared, entryPoints: ['cli/src/main.ts'], outfile: 'out/cli/main.cjs' }),
    build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'out/client/extension.cjs', external: ['vscode'] })
]);
