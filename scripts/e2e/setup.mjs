// Gets everything the end-to-end tests need, and does nothing that is already done:
//   1. Debian's Chromium (and, to install code-server, ripgrep and the Kerberos headers);
//   2. code-server, installed with npm into .e2e/code-server (outside the repository's
//      node_modules), run by the system's Node 20;
//   3. the extension packaged as out/assessment-lens.vsix (or the package named by the
//      ASSESSMENT_LENS_VSIX environment variable, tested as it is).
// Run by `npm run test:e2e`; `node scripts/e2e/setup.mjs --force` installs and packages again.
// See scripts/e2e/README.md for why each step is done the way it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// code-server 4.100.3's npm-shrinkwrap pins @vscode/ripgrep 1.15.11, whose postinstall
// downloads ripgrep v13.0.0-10 from GitHub unless the file is already in its cache folder,
// `${os.tmpdir()}/vscode-ripgrep-cache-<package version>/ripgrep-<tag>-<target>.tar.gz`.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TAG = 'v13.0.0-10';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = join(root, '.e2e');
const codeServerDir = join(cacheDir, 'code-server');
/** Written last, so that an interrupted installation is started again next time. */
const installRecord = join(codeServerDir, 'installed.json');
const vsixPath = join(root, 'out', 'assessment-lens.vsix');
const force = process.argv.includes('--force');

function say(message) {
    console.log(`[e2e setup] ${message}`);
}

function fail(message) {
    console.error(`[e2e setup] ${message}`);
    process.exit(1);
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
    return result.status === 0;
}

function seconds(since) {
    return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Installs the Debian packages whose files are missing (apt-get needs root). */
function ensureDebianPackages(packages) {
    const missing = packages.filter(p => !existsSync(p.file)).map(p => p.name);
    if (missing.length === 0) return;
    if (process.getuid?.() !== 0) {
        fail(`These Debian packages are needed: ${missing.join(', ')}. Install them with "sudo apt-get install -y ${missing.join(' ')}" and run this again.`);
    }
    const started = Date.now();
    say(`Installing ${missing.join(', ')} with apt-get...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env })) {
        say('Refreshing the package lists and trying again...');
        if (!run('apt-get', ['update'], { env }) || !run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env })) {
            fail(`apt-get could not install ${missing.join(', ')}.`);
        }
    }
    say(`Installed ${missing.join(', ')} in ${seconds(started)}.`);
}

/** The first Node 20 on the PATH that is not a project's own (node_modules/.bin). */
function findNode20() {
    const dirs = (process.env.PATH ?? '').split(delimiter).filter(d => d && !d.includes('node_modules'));
    for (const dir of [...dirs, '/usr/bin', '/usr/local/bin']) {
        const candidate = join(dir, 'node');
        if (!existsSync(candidate)) continue;
        const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
        if (version.startsWith('v20.')) return { node: candidate, version };
    }
    return undefined;
}

function ripgrepTarget() {
    switch (arch()) {
        case 'x64': return 'x86_64-unknown-linux-musl';
        case 'arm64': return 'aarch64-unknown-linux-musl';
        default: fail(`No ripgrep target is known for the ${arch()} processor.`);
    }
}

function ensureCodeServer() {
    if (!force && existsSync(installRecord)) {
        const record = JSON.parse(readFileSync(installRecord, 'utf8'));
        if (record.version === CODE_SERVER_VERSION && existsSync(record.node) && existsSync(record.entry)) {
            say(`code-server ${record.version} is installed (${relative(root, codeServerDir)}).`);
            return;
        }
    }
    const found = findNode20();
    if (!found) fail('code-server 4.100.3 runs on Node 20, and no Node 20 was found outside node_modules. Install the Debian package "nodejs" (version 20).');
    ensureDebianPackages([
        { name: 'ripgrep', file: '/usr/bin/rg' },
        { name: 'libkrb5-dev', file: '/usr/include/gssapi/gssapi.h' },
        { name: 'g++', file: '/usr/bin/g++' },
        { name: 'make', file: '/usr/bin/make' },
        { name: 'python3', file: '/usr/bin/python3' }
    ]);

    const started = Date.now();
    say(`Installing code-server ${CODE_SERVER_VERSION} with npm and ${found.node} (${found.version}); this takes a few minutes the first time...`);
    rmSync(codeServerDir, { recursive: true, force: true });
    mkdirSync(codeServerDir, { recursive: true });
    writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'assessment-lens-e2e-code-server', private: true }, null, 2) + '\n');

    // Give @vscode/ripgrep the Debian ripgrep as if it had downloaded it already.
    const tmp = join(cacheDir, 'tmp');
    const ripgrepCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    mkdirSync(ripgrepCache, { recursive: true });
    const archive = join(ripgrepCache, `ripgrep-${RIPGREP_TAG}-${ripgrepTarget()}.tar.gz`);
    if (!run('tar', ['czf', archive, '-C', '/usr/bin', 'rg'])) fail('Could not pack /usr/bin/rg for @vscode/ripgrep.');

    // npm scripts put node_modules/.bin (with the project's Node 22) first on the PATH: take it
    // out, so that code-server's install scripts, which insist on Node 20, find Node 20.
    const path = [dirname(found.node), ...(process.env.PATH ?? '').split(delimiter).filter(d => d && !d.includes('node_modules'))].join(delimiter);
    const env = { ...process.env };
    for (const key of Object.keys(env)) {
        // What `npm run` passes down for the repository (its prefix, its Node) must not steer
        // this install; where npm keeps its cache and which registry it uses may.
        if ((/^npm_/i.test(key) && !/^npm_config_(cache|registry)$/i.test(key)) || key === 'NODE') delete env[key];
    }
    Object.assign(env, { PATH: path, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' });
    // The native modules (node-pty, kerberos, ...) are compiled against this Node's own headers
    // (Debian's nodejs package has them in /usr/include/node), so that node-gyp downloads nothing.
    const prefix = dirname(dirname(found.node));
    if (existsSync(join(prefix, 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = prefix;
    const npm = join(dirname(found.node), 'npm');
    const ok = run(existsSync(npm) ? npm : 'npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
    if (!ok) fail(`npm could not install code-server ${CODE_SERVER_VERSION}. See the messages above.`);
    const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    if (!existsSync(entry)) fail(`code-server was installed but ${entry} is missing.`);
    writeFileSync(installRecord, JSON.stringify({ version: CODE_SERVER_VERSION, node: found.node, entry }, null, 2) + '\n');
    say(`Installed code-server ${CODE_SERVER_VERSION} in ${seconds(started)}.`);
}

/** The newest change time of the files that go into the extension. */
function newestSource() {
    let newest = 0;
    const visit = (path) => {
        if (!existsSync(path)) return;
        const stat = statSync(path);
        if (stat.isDirectory()) {
            for (const name of readdirSync(path)) {
                // docs/images holds the screenshots these very tests take.
                if (!['generated', 'node_modules', 'images'].includes(name)) visit(join(path, name));
            }
        } else {
            newest = Math.max(newest, stat.mtimeMs);
        }
    };
    for (const part of ['language/src', 'server/src', 'client/src', 'bin', 'docs', 'examples', 'syntaxes', 'snippets', 'media',
        'language-configuration.json', 'package.json', 'README.md', 'LICENSE', '.vscodeignore', 'scripts/bundle.mjs', 'scripts/bundle-web.mjs']) {
        visit(join(root, part));
    }
    return newest;
}

function ensureVsix() {
    if (process.env.ASSESSMENT_LENS_VSIX) {
        if (!existsSync(process.env.ASSESSMENT_LENS_VSIX)) fail(`ASSESSMENT_LENS_VSIX names ${process.env.ASSESSMENT_LENS_VSIX}, which does not exist.`);
        say(`Testing the package named by ASSESSMENT_LENS_VSIX: ${process.env.ASSESSMENT_LENS_VSIX}.`);
        return;
    }
    if (!force && existsSync(vsixPath) && statSync(vsixPath).mtimeMs > newestSource()) {
        say(`${relative(root, vsixPath)} is up to date.`);
        return;
    }
    const started = Date.now();
    // The package includes out/, so an old package must not end up inside the new one.
    rmSync(vsixPath, { force: true });
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    if (scripts.package) {
        say('Packaging the extension with "npm run package"...');
        if (!run(npm, ['run', 'package'], { cwd: root })) fail('"npm run package" failed.');
    } else {
        say('Building and packaging the extension with vsce...');
        if (!run(npm, ['run', 'build'], { cwd: root })) fail('"npm run build" failed.');
        const placeholder = 'https://example.invalid/assessment-lens';
        const packaged = run(npx, ['vsce', 'package', '--no-dependencies', '--allow-missing-repository',
            '--skip-license', '--baseContentUrl', placeholder, '--baseImagesUrl', placeholder, '--out', vsixPath], { cwd: root });
        if (!packaged) fail('vsce could not package the extension.');
    }
    if (!existsSync(vsixPath)) fail(`Packaging finished but ${relative(root, vsixPath)} is missing.`);
    say(`Packaged ${relative(root, vsixPath)} in ${seconds(started)}.`);
}

const started = Date.now();
ensureDebianPackages([{ name: 'chromium', file: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }]);
ensureCodeServer();
ensureVsix();
say(`Ready in ${seconds(started)}.`);
