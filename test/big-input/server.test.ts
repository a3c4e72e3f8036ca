import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { StdioClient } from '../helpers/lsp-client.js';
import { BIG_RECORD_SECONDS, invalidUtf8, longRecord, ODD_RECORDS } from './inputs.js';

/** Resolves with a promise's value, or fails after `seconds`. */
function within<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        promise,
        new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s: ${what}`)), seconds * 1000); })
    ]).finally(() => clearTimeout(timer));
}

const small = 'plan "Plan for Amira"\n  outcome attendance: Amira goes to school.\n';

/**
 * Each record goes to a server of its own, started for it, so that one record that is slow
 * to check does not hold up the next test.
 */
describe('big and odd records, through the built server over stdio', () => {
    let client: StdioClient | undefined;

    afterEach(() => {
        if (client && client.process.exitCode === null) client.process.kill();
        client = undefined;
    });

    async function start(folder?: string): Promise<StdioClient> {
        client = new StdioClient({ today: '2026-05-01' });
        await client.initialize(folder);
        return client;
    }

    /**
     * Opens a record (or takes one the server read from disk), waits for its findings, asks for
     * its outline, a hover and its folding; then checks that a small record still gets its
     * findings at once, and that the server ends cleanly with nothing on its error output.
     */
    async function survives(server: StdioClient, uri: string, text: string | undefined, seconds: number): Promise<void> {
        const published = server.diagnosticsFor(uri);
        if (text !== undefined) await server.open(uri, text);
        const { diagnostics } = await within(published, seconds, `findings for ${uri}`);
        expect(diagnostics.filter(d => /stopped early|An error occurred/.test(d.message)).map(d => d.message)).toEqual([]);
        const symbols = await within(server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }), seconds, 'outline');
        expect(Array.isArray(symbols)).toBe(true);
        await within(server.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }), seconds, 'hover');
        await within(server.request('textDocument/foldingRange', { textDocument: { uri } }), seconds, 'folding');
        expect(server.process.exitCode).toBeNull();
        // The editor is not left waiting: a small record still answers at once.
        const smallUri = `${uri}.after.plan`;
        const after = server.diagnosticsFor(smallUri);
        await server.open(smallUri, small);
        await within(after, 5, 'a small record after a big one');
        expect(await within(server.shutdown(), 10, 'shutdown')).toBe(0);
        expect(server.stderr).not.toMatch(/Error|at .*\.c?js:\d+/);
    }

    for (const odd of ODD_RECORDS) {
        test(`${odd.name}: it answers and stays up`, async () => {
            await survives(await start(), `file:///records/${odd.file}`, odd.text(), 30);
        }, 45_000);
    }

    test('a file in the workspace that is not valid UTF-8 (the server reads it from disk): it answers and stays up', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'lens-big-'));
        writeFileSync(join(folder, 'invalid-utf8.assessment'), invalidUtf8());
        const server = await start(folder);
        const uri = pathToFileURL(join(folder, 'invalid-utf8.assessment')).href;
        const symbols = await within(server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }), 20, 'outline of a file read from disk');
        expect(Array.isArray(symbols)).toBe(true);
        // Then the editor opens it, showing each bad byte as �.
        await survives(server, uri, new TextDecoder('utf-8').decode(invalidUtf8()), 20);
    }, 45_000);

    test(`a 10 MB record: findings, outline and hover answer within ${BIG_RECORD_SECONDS} s, and the server stays up`, async () => {
        await survives(await start(), 'file:///records/ten-megabytes.assessment', longRecord(10_000_000), BIG_RECORD_SECONDS);
    }, (BIG_RECORD_SECONDS + 15) * 1000);
});

