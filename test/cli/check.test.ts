import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../language/src/index.js';
import { lens } from '../helpers/cli.js';

let dir: string;

const goodPlan = `people
  mother Sara "Sara Hassan"
plan "Plan for Amira"
  outcome attendance: Amira goes to school every day.
    action: Sara walks Amira to school.
      who: Sara
      by: 01/05/2026
`;

const badPlan = `people
  mother Sara "Sara Hassan"
plan "Plan for Amira"
  outcome attendance: Amira goes to school every day.
    action: Someone walks Amira to school.
`;

/** The rules these tests look at; the rest are off, so that new rules do not change the counts. */
const only = (overrides: Record<string, string> = {}) => ({
    ...Object.fromEntries(RULES.map(r => [r.id, ['action/who', 'action/when', 'time/invalid-date'].includes(r.id) ? r.severity : 'off'])),
    ...overrides
});

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
    writeFileSync(join(dir, '.assessment-lens.json'), JSON.stringify({ rules: only() }));
    writeFileSync(join(dir, 'good.plan'), goodPlan);
    writeFileSync(join(dir, 'bad.plan'), badPlan);
    writeFileSync(join(dir, 'binary.plan'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]));
    writeFileSync(join(dir, 'empty.assessment'), '');
    writeFileSync(join(dir, 'punctuation.plan'), '!@#$%^&*()_+{}|:"<>?~`-=[]\\;\',./'.repeat(500));
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'good.plan'), goodPlan);
    writeFileSync(join(dir, 'folder', 'notes.txt'), 'not a record');
});

describe('assessment-lens check', () => {
    test('a clean record exits 0 and says so', () => {
        const run = lens(['check', 'good.plan'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('No problems found: 1 record checked.');
        expect(run.code).toBe(0);
    });

    test('errors exit 1 and are listed with line, column, severity, message and rule', () => {
        const run = lens(['check', 'bad.plan'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^bad\.plan$/m);
        expect(run.stdout).toMatch(/^ {2}5:5 +error +This action does not say who will do it\..* action\/who$/m);
        expect(run.stdout).toContain('2 errors in 1 record checked.');
    });

    test('--exit-zero reports errors but exits 0', () => {
        const run = lens(['check', 'bad.plan', '--exit-zero'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('action/who');
    });

    test('JSON output: files, rules, severities and 0-based ranges', () => {
        const run = lens(['check', 'good.plan', 'bad.plan', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(1);
        const results = JSON.parse(run.stdout);
        expect(results.map((r: { file: string }) => r.file)).toEqual(['good.plan', 'bad.plan']);
        expect(results[0].diagnostics).toEqual([]);
        expect(results[1].diagnostics).toEqual([
            {
                rule: 'action/who', severity: 'error', message: expect.stringContaining('does not say who'),
                range: { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } }
            },
            {
                rule: 'action/when', severity: 'error', message: expect.stringContaining('by when'),
                range: { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } }
            }
        ].sort((a, b) => a.rule.localeCompare(b.rule)));
    });

    test('a file named twice, or also inside a folder given, is checked once', () => {
        const run = lens(['check', 'folder/good.plan', 'folder', './folder/good.plan', '--format', 'json'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([join('folder', 'good.plan')]);
    });

    test('a folder is searched for records only', () => {
        const run = lens(['check', 'folder', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([join('folder', 'good.plan')]);
    });

    test('an empty record and a file of punctuation are checked without crashing', () => {
        const run = lens(['check', 'empty.assessment', 'punctuation.plan', '--format', 'json'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect([0, 1]).toContain(run.code);
        expect(JSON.parse(run.stdout)).toHaveLength(2);
    });

    test('a binary file and a missing file are reported, exit 2, and the other files are still checked', () => {
        const run = lens(['check', 'binary.plan', 'missing.plan', 'bad.plan'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stdout).toContain('binary.plan\n  not checked  This is not a text file');
        expect(run.stdout).toContain('missing.plan\n  not checked  There is no file or folder with this name.');
        expect(run.stdout).toContain('action/who');
        expect(run.stdout).toContain('2 errors in 1 record checked, 2 files could not be read.');
        expect(run.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/);
    });

    test('a bad --today is bad usage: exit 2 with a clear message', () => {
        const run = lens(['check', 'good.plan', '--today', '31/02/2026'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--today needs a real date written as YYYY-MM-DD');
        expect(run.stdout).toBe('');
    });

    test('an unknown option or format is bad usage: exit 2', () => {
        expect(lens(['check', 'good.plan', '--colour-me-in'], { cwd: dir }).code).toBe(2);
        const run = lens(['check', 'good.plan', '--format', 'xml'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("'xml' is invalid");
    });

    test('no paths is bad usage: exit 2', () => {
        const run = lens(['check'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("missing required argument 'paths'");
    });
});

describe('the team\'s settings file', () => {
    test('--config turns a rule off and changes a severity', () => {
        writeFileSync(join(dir, 'team.json'), JSON.stringify({ rules: only({ 'action/who': 'off', 'action/when': 'warning' }) }));
        const run = lens(['check', 'bad.plan', '--config', 'team.json', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual(['action/when warning']);
    });

    test('the nearest .assessment-lens.json is found without --config', () => {
        const team = mkdtempSync(join(tmpdir(), 'lens-team-'));
        mkdirSync(join(team, 'plans'));
        writeFileSync(join(team, '.assessment-lens.json'), JSON.stringify({ rules: only({ 'action/who': 'off', 'action/when': 'off' }) }));
        writeFileSync(join(team, 'plans', 'bad.plan'), badPlan);
        const run = lens(['check', 'bad.plan'], { cwd: join(team, 'plans') });
        expect(run.stdout).toContain('No problems found');
        expect(run.code).toBe(0);
    });

    test('a file that is not JSON is bad usage: exit 2, and says why', () => {
        writeFileSync(join(dir, 'broken.json'), '{ rules: ');
        const run = lens(['check', 'good.plan', '--config', 'broken.json'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('is not valid JSON');
    });

    test('an unknown rule or a wrong severity is reported and exits 2; the rest still applies and every result is printed', () => {
        writeFileSync(join(dir, 'slips.json'), JSON.stringify({ rules: only({ 'action/hwo': 'off', 'action/when': 'loud', 'action/who': 'off' }) }));
        const run = lens(['check', 'bad.plan', '--config', 'slips.json', '--format', 'json'], { cwd: dir });
        expect(run.stderr).toContain('There is no rule "action/hwo"');
        expect(run.stderr).toContain('The rule "action/when" is set to "loud"');
        expect(JSON.parse(run.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['action/when']);
        expect(run.code).toBe(2);
    });

    test('a missing --config file is bad usage', () => {
        const run = lens(['check', 'good.plan', '--config', 'nowhere.json'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('could not be read');
    });
});

describe('assessment-lens rules', () => {
    test('lists every rule with its severity, description and page', () => {
        const run = lens(['rules', '--format', 'json']);
        expect(run.code).toBe(0);
        const rules = JSON.parse(run.stdout);
        expect(rules).toContainEqual({
            id: 'action/who', severity: 'error', description: 'Every action in a plan says who will do it.', doc: 'docs/rules/action/who.md'
        });
    });

    test('the text list names every rule', () => {
        const run = lens(['rules']);
        expect(run.code).toBe(0);
        for (const id of ['action/who', 'action/when', 'reference/undeclared', 'time/invalid-date']) expect(run.stdout).toContain(id);
    });
});
