import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StdioClient } from '../helpers/lsp-client.js';

const plan = `people
  mother Sara "Sara Hassan", born 03/04/1990
plan "Plan for Amira"
  outcome attendance: Amira goes to school every day.
    action: Sara walks Amira to school.
      by: 01/05/2026
`;

describe('the built server over stdio', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = new StdioClient();
    });

    afterAll(() => {
        if (client.process.exitCode === null) client.process.kill();
    });

    test('initialize: it says what it can do', async () => {
        const { capabilities } = await client.initialize();
        expect(capabilities).toMatchObject({
            hoverProvider: true,
            definitionProvider: {},
            referencesProvider: {},
            documentSymbolProvider: {},
            foldingRangeProvider: {},
            renameProvider: expect.anything(),
            codeActionProvider: expect.anything(),
            completionProvider: expect.anything()
        });
    });

    test('didOpen: findings arrive with the rule id and a link to its page', async () => {
        const uri = 'file:///records/amira.plan';
        const published = client.diagnosticsFor(uri);
        await client.open(uri, plan);
        const { diagnostics } = await published;
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0]).toMatchObject({
            code: 'action/who',
            severity: 1,
            range: { start: { line: 4, character: 4 } },
            codeDescription: { href: expect.stringMatching(/^file:\/\/.*\/docs\/rules\/action\/who\.md$/) }
        });
    });

    test('a quick fix for the finding adds a who line', async () => {
        const uri = 'file:///records/amira.plan';
        const diagnostics = client.published.filter(p => p.uri === uri).at(-1)!.diagnostics;
        const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics }
        });
        expect(actions.map(a => a.title)).toEqual(['Add a "who:" line to this action']);
        expect(actions[0].edit.changes[uri][0].newText).toBe('\n      who: ');
    });

    test('didChange: the finding goes once the action says who', async () => {
        const uri = 'file:///records/amira.plan';
        const published = client.diagnosticsFor(uri);
        await client.change(uri, plan + '      who: Sara\n', 2);
        expect((await published).diagnostics).toEqual([]);
    });

    test('hover on a person gives their age', async () => {
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
            textDocument: { uri: 'file:///records/amira.plan' }, position: { line: 6, character: 12 }
        });
        expect(hover.contents.value).toContain('Sara Hassan');
        expect(hover.contents.value).toContain('36 years old');
    });

    const awkward: Array<[string, string]> = [
        ['an empty file', ''],
        ['a binary file', readFileSync(process.execPath).subarray(0, 200_000).toString('latin1')],
        ['random punctuation', Array.from({ length: 20_000 }, (_, i) => '!@#$%^&*()_+{}|:"<>?~`-=[]\\;\',./\n\t>'[(i * 7919) % 35]).join('')],
        ['a 5 MB record', (readFileSync('examples/amira-hassan.assessment', 'utf8') + '\n').repeat(Math.ceil(5_000_000 / 5_000)).slice(0, 5_000_000)]
    ];

    for (const [name, text] of awkward) {
        test(`${name}: it answers and stays up`, async () => {
            const uri = `file:///records/${name.replaceAll(' ', '-')}.assessment`;
            const published = client.diagnosticsFor(uri);
            await client.open(uri, text);
            const { diagnostics } = await published;
            expect(Array.isArray(diagnostics)).toBe(true);
            const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
            expect(Array.isArray(symbols)).toBe(true);
            expect(client.process.exitCode).toBeNull();
        }, 120_000);
    }

    test('shutdown and exit: the process ends cleanly', async () => {
        expect(await client.shutdown()).toBe(0);
        expect(client.stderr).not.toMatch(/Error|at .*\.c?js:\d+/);
    });
});
