#!/usr/bin/env node
// The command line. It checks the Node.js version first, so that an old Node gives a clear
// message rather than an error from deep inside a library.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    process.stderr.write(`assessment-lens needs Node.js 22 or newer, and this is Node.js ${process.versions.node}.\n`
        + 'Run it through npm (npm start, npx assessment-lens), which uses the Node.js the project installs, or install Node.js 22.\n');
    process.exit(2);
}
await import('../out/cli/main.cjs');
