import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StdioClient } from '../helpers/lsp-client.js';

const note = `<!-- assessment-lens: check -->
# Visit note

Mum was non-compliant with the plan and presented as hostile.
`;

const plain = `Shopping list
Mum was non-compliant with the plan.
`;

describe('plain-text and Markdown files in the built server', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = new StdioClient({ today: '2026-05-01' });
        await client.initialize();
    });

    afterAll(() => {
        if (client.process.exitCode === null) client.process.kill();
    });

    test('a Markdown file that asks for the checks gets the prose findings, at the right place', async () => {
        const uri = 'file:///notes/visit-note.md';
        const published = client.diagnosticsFor(uri);
        await client.open(uri, note, 1, 'markdown');
        const { diagnostics } = await published;
        const blaming = diagnostics.find(d => d.code === 'language/blaming');
        expect(blaming, JSON.stringify(diagnostics)).toBeDefined();
        expect(blaming!.range.start.line).toBe(3);
        expect(note.split('\n')[3].slice(blaming!.range.start.character, blaming!.range.end.character).toLowerCase()).toBe('non-compliant');
    });

    test('record-only features answer nothing for it, and nothing breaks', async () => {
        const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///notes/visit-note.md' }, position: { line: 3, character: 10 } })
            .catch((error: Error) => error);
        // Langium answers requests for documents that are not records with an error; the extension's
        // middleware never sends them (client/src/documents.ts). The server stays up either way.
        expect(hover === null || typeof (hover as { code?: unknown }).code === 'number', JSON.stringify(hover)).toBe(true);
        const uri = 'file:///notes/other.assessment';
        const published = client.diagnosticsFor(uri);
        await client.open(uri, 'assessment "A"\n  purpose: To see how Kai is.\n');
        expect((await published).uri).toBe(uri);
    });

    test('a plain-text file is left alone while the checks are off (the default)', async () => {
        const uri = 'file:///notes/list.txt';
        let seen = false;
        void client.diagnosticsFor(uri).then(p => { seen = p.diagnostics.length > 0; });
        await client.open(uri, plain, 1, 'plaintext');
        await new Promise(resolve => setTimeout(resolve, 1000));
        expect(seen).toBe(false);
    });
});
