import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, lens, NODE } from '../helpers/cli.js';
import { StdioClient } from '../helpers/lsp-client.js';

/**
 * Proves that checking records opens no network connection. Every Node.js process started here
 * (the server, the command line and any threads it starts) first loads a guard, through
 * NODE_OPTIONS, that replaces each way Node.js can reach the network (sockets, TLS, DNS,
 * HTTP, HTTP/2, UDP, fetch, WebSocket) with one that writes down the attempt and refuses it.
 * The guard is shown to work on a script that does try; then the examples are checked.
 * Where strace is installed, the command line is also watched from outside, at the level of
 * the operating system.
 */
const GUARD = String.raw`
const fs = require('node:fs');
const log = process.env.LENS_NETWORK_LOG;
const note = (kind, what) => fs.appendFileSync(log, JSON.stringify({ pid: process.pid, kind, what: String(what).slice(0, 200) }) + '\n');
note('loaded', process.argv.slice(1).join(' '));
function refuse(owner, name, kind) {
    if (!owner || typeof owner[name] !== 'function') return;
    owner[name] = function (...args) {
        let what;
        try { what = JSON.stringify(args[0]); } catch { what = String(args[0]); }
        note(kind, what);
        throw new Error('network access refused by the no-network test: ' + kind);
    };
}
const net = require('node:net');
refuse(net.Socket.prototype, 'connect', 'net.Socket.connect');
refuse(net, 'connect', 'net.connect');
refuse(net, 'createConnection', 'net.createConnection');
refuse(require('node:tls'), 'connect', 'tls.connect');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']) {
    refuse(dns, name, 'dns.' + name);
    refuse(dns.promises, name, 'dns.promises.' + name);
    refuse(dns.Resolver && dns.Resolver.prototype, name, 'dns.Resolver.' + name);
}
for (const module of ['node:http', 'node:https']) {
    refuse(require(module), 'request', module + '.request');
    refuse(require(module), 'get', module + '.get');
}
refuse(require('node:http2'), 'connect', 'http2.connect');
refuse(require('node:dgram'), 'createSocket', 'dgram.createSocket');
refuse(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function () { note('WebSocket', arguments[0]); throw new Error('network access refused by the no-network test: WebSocket'); };
`;

interface Entry {
    pid: number;
    kind: string;
    what: string;
}

let folder: string;
let logFile: string;
const savedOptions = process.env.NODE_OPTIONS;

function entries(): Entry[] {
    try {
        return readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line) as Entry);
    } catch {
        return [];
    }
}

const attempts = () => entries().filter(e => e.kind !== 'loaded');

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'lens-no-network-'));
    writeFileSync(join(folder, 'guard.cjs'), GUARD);
    logFile = join(folder, 'network.log');
    writeFileSync(logFile, '');
    process.env.LENS_NETWORK_LOG = logFile;
    // Every process started from here on loads the guard first (and passes it on to its own).
    process.env.NODE_OPTIONS = `${savedOptions ?? ''} --require ${JSON.stringify(join(folder, 'guard.cjs'))}`.trim();
});

afterAll(() => {
    if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = savedOptions;
    delete process.env.LENS_NETWORK_LOG;
});

describe('nothing leaves the machine', () => {
    test('the guard works: a script that tries every way out is refused each time, and each try is written down', () => {
        writeFileSync(logFile, '');
        const script = `
            const tries = [
                () => require('node:net').connect(9, '127.0.0.1'),
                () => new (require('node:net').Socket)().connect(9, '127.0.0.1'),
                () => require('node:tls').connect(443, 'example.org'),
                () => require('node:dns').lookup('example.org', () => {}),
                () => require('node:dns').promises.resolve4('example.org'),
                () => require('node:http').get('http://example.org/'),
                () => require('node:https').request('https://example.org/'),
                () => require('node:http2').connect('https://example.org'),
                () => require('node:dgram').createSocket('udp4'),
                () => fetch('https://example.org/')
            ];
            let refused = 0;
            for (const t of tries) { try { t(); } catch (e) { if (/refused by the no-network test/.test(e.message)) refused++; } }
            process.stdout.write(String(refused));
        `;
        const run = spawnSync(NODE, ['-e', script], { encoding: 'utf8', env: process.env });
        expect(run.stdout).toBe('10');
        expect(attempts().map(e => e.kind)).toEqual([
            'net.connect', 'net.Socket.connect', 'tls.connect', 'dns.lookup', 'dns.promises.resolve4',
            'node:http.get', 'node:https.request', 'http2.connect', 'dgram.createSocket', 'fetch'
        ]);
    });

    test('the command line checks the examples (each output format, and on threads) without reaching the network', () => {
        writeFileSync(logFile, '');
        for (const format of ['stylish', 'json', 'sarif', 'junit']) {
            // the last run on two threads, so that the threads are watched too
            const run = lens(['check', 'examples', '--today', '2026-05-01', '--format', format, '--exit-zero', ...(format === 'junit' ? ['--threads', '2'] : [])]);
            expect(run.stderr, `--format ${format}`).toBe('');
            expect(run.code, `--format ${format}`).toBe(0);
        }
        const loaded = entries().filter(e => e.kind === 'loaded');
        expect(loaded.length, 'the guard was loaded in every process').toBeGreaterThanOrEqual(4);
        expect(attempts()).toEqual([]);
    }, 60_000);

    test('the language server reads the examples folder, checks every record and answers the editor without reaching the network', async () => {
        writeFileSync(logFile, '');
        const examples = resolve('examples');
        const client = new StdioClient({ today: '2026-05-01' });
        try {
            await client.initialize(examples);
            for (const name of readdirSync(examples).filter(f => /\.(assessment|plan)$/.test(f))) {
                const uri = pathToFileURL(join(examples, name)).href;
                const published = client.diagnosticsFor(uri);
                await client.open(uri, readFileSync(join(examples, name), 'utf8'));
                const { diagnostics } = await published;
                const textDocument = { uri };
                const position = { line: 15, character: 10 };
                await client.request('textDocument/hover', { textDocument, position });
                await client.request('textDocument/completion', { textDocument, position });
                await client.request('textDocument/documentSymbol', { textDocument });
                await client.request('textDocument/definition', { textDocument, position });
                await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
                if (diagnostics.length) {
                    await client.request('textDocument/codeAction', { textDocument, range: diagnostics[0].range, context: { diagnostics } });
                }
            }
            expect(await client.shutdown()).toBe(0);
        } finally {
            if (client.process.exitCode === null) client.process.kill();
        }
        expect(entries().some(e => e.kind === 'loaded' && e.what.includes('main.cjs')), 'the guard was loaded in the server').toBe(true);
        expect(attempts()).toEqual([]);
    }, 60_000);

    const strace = spawnSync('strace', ['-V'], { encoding: 'utf8' });
    const canTrace = strace.status === 0 && spawnSync('strace', ['-f', '-qq', '-e', 'trace=connect', '-o', '/dev/null', 'true']).status === 0;

    test.skipIf(!canTrace)('seen from the operating system (strace): the command line makes no internet connection', () => {
        const trace = join(folder, 'strace.log');
        const run = spawnSync('strace', ['-f', '-qq', '-e', 'trace=connect,sendto,sendmsg', '-o', trace, NODE, BIN, 'check', 'examples', '--today', '2026-05-01', '--exit-zero'],
            { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: savedOptions ?? '' } });
        expect(run.status).toBe(0);
        const calls = readFileSync(trace, 'utf8').split('\n').filter(line => /AF_INET6?\b/.test(line));
        expect(calls).toEqual([]);
    }, 60_000);
});
