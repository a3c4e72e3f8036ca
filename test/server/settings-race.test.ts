import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StdioClient } from '../helpers/lsp-client.js';

const plan = `people
  mother Sara "Sara Hassan", born 03/04/1990
plan "Plan for Amira"
  outcome attendance: Amira goes to school every day.
    measure: Amira's attendance is 95% or more.
    action: Sara walks Amira to school.
      by: 01/05/2026
    action: The school will monitor Amira.
`;

/** Findings that appear more than once at the same place with the same rule. */
function duplicates(diagnostics: Array<{ code?: unknown; range: unknown; message: string }>): string[] {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const d of diagnostics) {
        const key = JSON.stringify([d.code, d.range, d.message]);
        if (seen.has(key)) twice.push(key);
        seen.add(key);
    }
    return twice;
}

describe('settings that change while a person types', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = new StdioClient({ today: '2026-05-01' });
        await client.initialize();
    });

    afterAll(() => {
        if (client.process.exitCode === null) client.process.kill();
    });

    test('every finding is shown once, however the checks for typing and for settings overlap', async () => {
        const uri = 'file:///records/race.plan';
        const first = client.diagnosticsFor(uri);
        await client.open(uri, plan);
        await first;
        for (let version = 2; version < 12; version++) {
            // A change of settings (which checks everything again) and a keystroke, at the same moment.
            void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { assessmentLens: { today: '2026-05-01', rules: { 'action/when': version % 2 ? 'warning' : 'error' } } } });
            await client.change(uri, plan + ' '.repeat(version), version);
        }
        await new Promise(resolve => setTimeout(resolve, 2000));
        const last = client.published.filter(p => p.uri === uri).at(-1)!;
        expect(last.diagnostics.length).toBeGreaterThan(0);
        expect(duplicates(last.diagnostics)).toEqual([]);
    });

    test('a team settings file read while the folder is first checked does not double the findings', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'assessment-lens-race-'));
        writeFileSync(join(folder, '.assessment-lens.json'), JSON.stringify({ today: '2026-05-01', rules: { 'action/when': 'error' } }));
        for (let i = 0; i < 20; i++) writeFileSync(join(folder, `family-${i}.plan`), plan);
        const fresh = new StdioClient({ today: '2026-05-01' });
        try {
            await fresh.initialize(folder);
            const uri = pathToFileURL(join(folder, 'family-0.plan')).href;
            await fresh.open(uri, plan);
            await new Promise(resolve => setTimeout(resolve, 3000));
            const last = fresh.published.filter(p => p.uri === uri).at(-1)!;
            expect(last.diagnostics.length).toBeGreaterThan(0);
            expect(duplicates(last.diagnostics)).toEqual([]);
        } finally {
            await fresh.shutdown();
        }
    });
});
