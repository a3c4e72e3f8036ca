import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROSE_RULES } from '../../language/src/prose-check/index.js';
import { lens } from '../helpers/cli.js';
import { corruptDocument, councilAssessment, noHeadings } from '../unit/import/docx-fixtures.js';

let dir: string;

const note = 'Visit note\n\nMum presented as hostile.\nIt was reported that Dad drinks.\n';
const record = 'plan "Plan for Amira"\n  outcome attendance: Amira goes to school every day.\n';

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lens-prose-'));
    writeFileSync(join(dir, 'note.txt'), note);
    writeFileSync(join(dir, 'note.md'), '# Visit\n\nMum **presented as** hostile. See [the plan](https://example.org/CIN/LAC).\n\n```\npresented as hostile\n```\n');
    mkdirSync(join(dir, 'cohort'));
    writeFileSync(join(dir, 'cohort', 'mia.docx'), await councilAssessment());
    writeFileSync(join(dir, 'cohort', 'visit.docx'), await noHeadings());
    writeFileSync(join(dir, 'cohort', 'broken.docx'), corruptDocument());
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'records', 'amira.plan'), record);
    writeFileSync(join(dir, 'records', 'notes.txt'), note);
});

describe('check on writing that is not a record', () => {
    test('a .txt file: its findings at the right line and column, with the prose checks only', () => {
        const run = lens(['check', 'note.txt'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^ {2}3:5 +warning +"presented as" .* language\/blaming$/m);
        expect(run.stdout).toMatch(/^ {2}4:1 +warning +"It was reported" .* evidence\/hearsay$/m);
        expect(run.stdout).toContain('in 1 document checked. The document is not a record, so only the writing was checked, not the structure.');
        const json = JSON.parse(lens(['check', 'note.txt', '--format', 'json'], { cwd: dir }).stdout);
        const rules = new Set(json[0].diagnostics.map((d: { rule: string }) => d.rule));
        expect([...rules].every(id => PROSE_RULES.some(r => r.id === id))).toBe(true);
        expect(json[0].diagnostics).toContainEqual(expect.objectContaining({
            rule: 'evidence/hearsay', quote: 'It was reported', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 15 } }
        }));
    });

    test('the same exit codes: an error (as the team sets it) exits 1, --max-warnings counts', () => {
        writeFileSync(join(dir, '.assessment-lens.json'), JSON.stringify({ rules: { 'evidence/hearsay': 'error' } }));
        try {
            expect(lens(['check', 'note.txt'], { cwd: dir }).code).toBe(1);
        } finally {
            writeFileSync(join(dir, '.assessment-lens.json'), '{}');
        }
        expect(lens(['check', 'note.txt', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    });

    test('Markdown: positions in the file, past its markup; code and addresses left out', () => {
        const run = lens(['check', 'note.md', '--format', 'json'], { cwd: dir });
        const diagnostics = JSON.parse(run.stdout)[0].diagnostics as Array<{ rule: string; range: { start: { line: number; character: number } } }>;
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'language/blaming', range: expect.objectContaining({ start: { line: 2, character: 6 } }) }));
        expect(diagnostics.filter(d => d.range.start.line > 2)).toEqual([]);
        expect(diagnostics.some(d => d.rule === 'language/acronym')).toBe(false);
    });

    test('a Word file: each finding names the paragraph and quotes the words', () => {
        const run = lens(['check', 'cohort/mia.docx'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^ {2}paragraph 6 +warning +"clearly not coping": .* evidence\/opinion-as-fact$/m);
        expect(run.stdout).toMatch(/^ {2}paragraph 13 +warning +"It was reported": .* evidence\/hearsay$/m);
        expect(run.stdout).toMatch(/^ {2}table 1, row 4, column 3 +info +"GP": .* language\/acronym$/m);
        const json = JSON.parse(lens(['check', 'cohort/mia.docx', '--format', 'json'], { cwd: dir }).stdout);
        expect(json[0].diagnostics).toContainEqual(expect.objectContaining({ rule: 'evidence/hearsay', place: 'paragraph 13', quote: 'It was reported' }));
    });

    test('a damaged Word file: a clear error and exit 2, and every other file is still checked', () => {
        const run = lens(['check', 'cohort', 'note.txt', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(2);
        const results = JSON.parse(run.stdout) as Array<{ file: string; problem?: string; diagnostics: unknown[] }>;
        expect(results.map(r => r.file)).toEqual([join('cohort', 'broken.docx'), join('cohort', 'mia.docx'), join('cohort', 'visit.docx'), 'note.txt']);
        expect(results[0].problem).toMatch(/^This Word file could not be read, so it was not checked .*save it again as a Word Document \(\.docx\)\.$/);
        expect(results.slice(1).every(r => r.problem === undefined && r.diagnostics.length > 0)).toBe(true);
    });

    test('standard input with --prose; a folder of records leaves its notes alone unless --documents', () => {
        const run = lens(['check', '-', '--prose', '--format', 'json'], { cwd: dir, input: note });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'evidence/hearsay')).toBe(true);
        const records = JSON.parse(lens(['check', 'records', '--format', 'json'], { cwd: dir }).stdout).map((r: { file: string }) => r.file);
        expect(records).toEqual([join('records', 'amira.plan')]);
        const both = JSON.parse(lens(['check', 'records', '--documents', '--format', 'json'], { cwd: dir }).stdout).map((r: { file: string }) => r.file);
        expect(both).toEqual([join('records', 'amira.plan'), join('records', 'notes.txt')]);
    });

    test('SARIF names a Word file\'s paragraph and carries none of its words; JUnit lists the prose checks only', () => {
        const sarif = JSON.parse(lens(['check', 'cohort/visit.docx', '--format', 'sarif'], { cwd: dir }).stdout);
        const results = sarif.runs[0].results as Array<{ message: { text: string }; locations: Array<{ physicalLocation: Record<string, unknown> }> }>;
        expect(results.length).toBeGreaterThan(0);
        for (const r of results) {
            expect(r.message.text).toMatch(/^In paragraph \d+: /);
            expect(r.locations[0].physicalLocation.region).toBeUndefined();
        }
        expect(sarif.runs[0].artifacts[0].mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        const junit = lens(['check', 'note.txt', '--format', 'junit'], { cwd: dir }).stdout;
        expect(junit).toContain(`<testsuite name="note.txt" tests="${PROSE_RULES.length}"`);
    });
});

describe('report on a folder of Word files', () => {
    test('the cohort table, with the criteria of structure not checked, said plainly', () => {
        const run = lens(['report', 'cohort', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(2);
        const cohort = JSON.parse(run.stdout);
        const mia = cohort.records.find((r: { file: string }) => r.file === join('cohort', 'mia.docx'));
        expect(mia.title).toBe('structure not checked: not a record');
        const status = Object.fromEntries(mia.criteria.map((c: { id: string; status: string }) => [c.id, c.status]));
        expect(status).toEqual(expect.objectContaining({ voice: 'not checked', completeness: 'not checked', timeliness: 'not checked', 'smart-plan': 'not applicable' }));
        expect(['met', 'partly', 'not met']).toContain(status['plain-language']);
        expect(['met', 'partly', 'not met']).toContain(status['facts-and-opinions']);
        expect(mia.criteria.find((c: { id: string }) => c.id === 'facts-and-opinions').findings[0].message).toMatch(/^In paragraph \d+ \(".+"\): /);
        const table = lens(['report', 'cohort', 'note.txt', '--output', 'out/report.html'], { cwd: dir });
        expect(table.stdout).toContain('3 of these are documents (Word, Markdown or text), not records: only the writing was checked');
    });
});
