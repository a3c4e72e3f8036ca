import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../language/src/index.js';
import { StdioClient } from '../helpers/lsp-client.js';

const only = (ids: string[]) => Object.fromEntries(RULES.map(r => [r.id, ids.includes(r.id) ? r.severity : 'off']));

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
        // The editor's settings: a fixed date, and only the rules this test looks at.
        client = new StdioClient({ today: '2026-05-01', rules: only(['action/who', 'action/when']) });
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
            completionProvider: expect.anything(),
            executeCommandProvider: { commands: expect.arrayContaining(['assessmentLens.showGuidance']) }
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

describe('the team\'s settings file in the workspace', () => {
    test('.assessment-lens.json turns rules off and the editor\'s settings add to it', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'lens-team-'));
        writeFileSync(join(folder, '.assessment-lens.json'), JSON.stringify({ rules: { ...only(['action/who', 'action/when']), 'action/who': 'off' } }));
        const client = new StdioClient({ rules: { 'action/when': 'warning' } });
        try {
            await client.initialize(folder);
            const uri = `${new URL(`file://${folder}/`).href}p.plan`;
            // The first findings may come before the settings arrive; wait for a check with both applied.
            await client.open(uri, plan.replace('      by: 01/05/2026\n', ''));
            const deadline = Date.now() + 20_000;
            let codes: string[] = [];
            while (Date.now() < deadline) {
                const last = client.published.filter(p => p.uri === uri).at(-1);
                codes = (last?.diagnostics ?? []).map(d => `${String(d.code)} ${d.severity}`);
                if (codes.length === 1 && codes[0] === 'action/when 2') break;
                await new Promise(r => setTimeout(r, 100));
            }
            expect(codes).toEqual(['action/when 2']);
        } finally {
            await client.shutdown();
        }
    });
});
