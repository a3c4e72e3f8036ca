// Builds everything that runs in a browser:
//   out/web/server-worker.js  the language server in a Web Worker (VS Code for the Web and the playground)
//   out/web/extension.js      the VS Code web extension (the package.json "browser" entry). It is CommonJS
//                             although it ends in .js: VS Code's web extension host adds .js to any other
//                             ending, loads no ES modules, and decides that from "main" (out/client/extension.cjs).
//   dist/web/                 the playground: a static site that works from any static host or a folder on disk
// Nothing here is fetched at run time: Monaco, its workers, its font and every example and rule page
// are bundled into dist/web.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'out', 'web');
const SITE = join(ROOT, 'dist', 'web');
const started = Date.now();

const browser = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: process.env.WEB_MINIFY !== '0',
    sourcemap: true,
    logLevel: 'warning',
};

/** Files under a folder, as paths relative to it. */
async function filesUnder(folder) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter(e => e.isFile()).map(e => relative(folder, join(e.parentPath, e.name))).sort();
}

/** The rule pages as HTML, keyed by rule id (`action/when`), made from docs/rules at build time. */
async function rulePages() {
    // marked comes with monaco-editor, which renders hovers with it.
    const requireFromMonaco = createRequire(join(ROOT, 'node_modules', 'monaco-editor', 'package.json'));
    const { marked } = await import(pathToFileURL(requireFromMonaco.resolve('marked')).href);
    const folder = join(ROOT, 'docs', 'rules');
    const pages = {};
    for (const file of await filesUnder(folder)) {
        if (!file.endsWith('.md')) continue;
        pages[file.replace(/\.md$/, '')] = await marked.parse(await readFile(join(folder, file), 'utf8'), { async: true });
    }
    return pages;
}

/** Examples (examples/*.assessment, *.plan) as data for the playground. */
async function examples() {
    const folder = join(ROOT, 'examples');
    const names = (await readdir(folder)).filter(n => /\.(assessment|plan)$/.test(n)).sort();
    return Promise.all(names.map(async name => ({ name, text: await readFile(join(folder, name), 'utf8') })));
}

/** `import pages from 'playground-data:rule-pages'` and `'playground-data:examples'`, made at build time. */
const playgroundData = {
    name: 'playground-data',
    setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^playground-data:/ }, args => ({ path: args.path.slice('playground-data:'.length), namespace: 'playground-data' }));
        pluginBuild.onLoad({ filter: /.*/, namespace: 'playground-data' }, async args => {
            const data = args.path === 'rule-pages' ? await rulePages() : args.path === 'examples' ? await examples() : undefined;
            if (data === undefined) return { errors: [{ text: `No playground data called ${args.path}` }] };
            return { contents: JSON.stringify(data), loader: 'json', watchFiles: [] };
        });
    }
};

await rm(SITE, { recursive: true, force: true });
await mkdir(SITE, { recursive: true });
await mkdir(OUT, { recursive: true });

await Promise.all([
    // 'worker': packages with a build for web workers (which have no DOM) use it here.
    build({ ...browser, entryPoints: ['server/src/browser-main.ts'], outfile: join(OUT, 'server-worker.js'), format: 'iife', conditions: ['worker'] }),
    build({ ...browser, entryPoints: ['client/src/extension-web.ts'], outfile: join(OUT, 'extension.js'), format: 'cjs', external: ['vscode'] }),
    build({
        ...browser,
        entryPoints: {
            'playground': 'web/src/main.ts',
            'editor.worker': 'web/src/editor-worker.ts'
        },
        outdir: SITE,
        format: 'iife',
        loader: { '.ttf': 'file' },
        assetNames: 'assets/[name]-[hash]',
        plugins: [playgroundData]
    })
]);

// The playground's own copy of the server, and the rule pages the findings link to.
await cp(join(OUT, 'server-worker.js'), join(SITE, 'server-worker.js'));
await cp(join(OUT, 'server-worker.js.map'), join(SITE, 'server-worker.js.map'));
await cp(join(ROOT, 'docs', 'rules'), join(SITE, 'docs', 'rules'), { recursive: true });
await cp(join(ROOT, 'web', 'index.html'), join(SITE, 'index.html'));

// Opened from a folder on disk (file://), a browser will not start a worker from a file, so the
// page starts its workers from this script's text instead; it is only loaded in that case.
const sources = {
    server: await readFile(join(SITE, 'server-worker.js'), 'utf8'),
    editor: await readFile(join(SITE, 'editor.worker.js'), 'utf8')
};
await writeFile(join(SITE, 'worker-sources.js'), `self.assessmentLensWorkerSources=${JSON.stringify(sources)};\n`);

const sizes = [];
for (const file of await filesUnder(SITE)) {
    if (file.endsWith('.map') || file.startsWith('docs/')) continue;
    sizes.push([file, (await stat(join(SITE, file))).size]);
}
for (const file of ['server-worker.js', 'extension.js']) sizes.push([`out/web/${file}`, (await stat(join(OUT, file))).size]);
const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`;
process.stdout.write(`Built the web extension and the playground in ${((Date.now() - started) / 1000).toFixed(1)} s:\n`);
for (const [file, size] of sizes) process.stdout.write(`  ${file.padEnd(40)} ${kb(size).padStart(8)}\n`);
await writeFile(join(SITE, 'sizes.json'), JSON.stringify(Object.fromEntries(sizes), null, 2) + '\n');
