import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../language/src/index.js';
import { BIN, lens, NODE } from '../helpers/cli.js';

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
let dir: string;

const badPlan = `people
  mother Sara "Sara Hassan"
plan "Plan for Amira"
  outcome attendance: Amira goes to school every day.
    action: Someone walks Amira to school.
`;

/** Two warnings (no measure, no child's view) and no error. */
const warningPlan = `people
  child Amira "Amira Hassan"
  mother Sara "Sara Hassan"
plan "Plan for Amira"
  review: every 6 weeks
  next review: 24/07/2026
  outcome attendance: Amira goes to school every day.
    action: Sara walks Amira to school.
      who: Sara
      by: 05/05/2026
  contingency: If Amira misses a day, Sara will call the school that morning.
    who: Sara
    by: the same day
`;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-check-'));
    writeFileSync(join(dir, '.assessment-lens.json'), JSON.stringify({ today: '2026-05-01' }));
    writeFileSync(join(dir, 'bad.plan'), badPlan);
    writeFileSync(join(dir, 'warnings.plan'), warningPlan);
    writeFileSync(join(dir, 'binary.plan'), Buffer.from([0x00, 0x01, 0x02]));
    cpSync('examples', join(dir, 'examples'), { recursive: true });
});

/** Runs Microsoft's SARIF validator and returns the problems it reports at error and warning level. */
function validateSarif(file: string): Array<{ level: string; ruleId: string; text: string }> {
    const log = join(mkdtempSync(join(tmpdir(), 'lens-sarif-')), 'validation.sarif');
    const run = spawnSync('npx', ['sarif-multitool', 'validate', file, '-o', log], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(log, 'utf8')).runs[0].results as Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }>;
    return results.map(r => ({ level: r.level ?? 'warning', ruleId: r.ruleId, text: r.message.text ?? (r.message.arguments ?? []).join(' ') }))
        .filter(r => r.level === 'error' || r.level === 'warning');
}

describe('check --format sarif', () => {
    test('SARIF 2.1.0 with the rules, their pages and the tool\'s version passes the SARIF validator with no errors or warnings', () => {
        const run = lens(['check', 'examples', '--format', 'sarif', '--output', 'results.sarif'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        const file = join(dir, 'results.sarif');
        const sarif = JSON.parse(readFileSync(file, 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        const { driver } = sarif.runs[0].tool;
        expect(driver).toEqual(expect.objectContaining({ name: 'assessment-lens', version: VERSION, semanticVersion: VERSION }));
        expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map(r => r.id));
        const who = driver.rules.find((r: { id: string }) => r.id === 'action/who');
        expect(who.helpUri).toBe(`${pathToFileURL(resolve('docs')).href}/rules/action/who.md`);
        expect(existsSync(new URL(who.helpUri))).toBe(true);
        expect(who.shortDescription.text).toBe('Every action in a plan says who will do it.');
        const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
        expect(results).toContainEqual(expect.objectContaining({
            ruleId: 'plan/contingency', level: 'error',
            locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'examples/student-weak.plan' }), region: expect.objectContaining({ startLine: 10 }) }) })]
        }));
        expect(validateSarif(file)).toEqual([]);
    });

    test('a file that cannot be read is a tool notification, and the log still validates; the page address can be set', () => {
        const run = lens(['check', 'bad.plan', 'binary.plan', '--format', 'sarif', '--docs-url', 'https://example.org/lens/docs/'], { cwd: dir });
        expect(run.code).toBe(2);
        const sarif = JSON.parse(run.stdout);
        const [invocation] = sarif.runs[0].invocations;
        expect(invocation.executionSuccessful).toBe(false);
        expect(invocation.toolExecutionNotifications[0].message.text).toContain('binary.plan could not be checked');
        expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/example\.org\/lens\/docs\/rules\//);
        const file = join(dir, 'partial.sarif');
        writeFileSync(file, run.stdout);
        expect(validateSarif(file)).toEqual([]);
    });

    test('a --docs-url that is not a web address is bad usage', () => {
        const run = lens(['check', 'bad.plan', '--docs-url', 'docs'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--docs-url needs a whole web address');
    });
});

describe('check --format junit', () => {
    test('one test suite a file, one test case a rule that is on, a failure for each rule with errors', () => {
        const run = lens(['check', 'bad.plan', 'binary.plan', '--format', 'junit'], { cwd: dir });
        expect(run.code).toBe(2);
        const xml = run.stdout;
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="assessment-lens"')).toBe(true);
        const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map(m => m.slice(1));
        expect(suites).toEqual([['bad.plan', String(RULES.length), expect.any(String), '0'], ['binary.plan', '1', '0', '1']]);
        const bad = xml.slice(xml.indexOf('<testsuite name="bad.plan"'), xml.indexOf('</testsuite>'));
        expect((bad.match(/<testcase /g) ?? []).length).toBe(RULES.length);
        expect(bad).toMatch(/<testcase classname="bad.plan" name="action\/who">\s*<failure message="1 error: This action does not say who/);
        expect(Number(suites[0][2])).toBe((bad.match(/<failure /g) ?? []).length);
        expect(xml).toMatch(/<error message="This is not a text file/);
        expect(xml.trim().endsWith('</testsuites>')).toBe(true);
    });
});

describe('check: how many findings fail the run', () => {
    test('--max-warnings: more warnings than allowed exits 1; as many as allowed exits 0', () => {
        const counted = lens(['check', 'warnings.plan', '--format', 'json'], { cwd: dir });
        const warnings = JSON.parse(counted.stdout)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'warning').length;
        expect(counted.code).toBe(0);
        expect(warnings).toBeGreaterThan(0);
        const over = lens(['check', 'warnings.plan', '--max-warnings', String(warnings - 1)], { cwd: dir });
        expect(over.code).toBe(1);
        expect(over.stderr).toContain(`${warnings} warning${warnings === 1 ? '' : 's'} found, and --max-warnings allows at most ${warnings - 1}`);
        expect(lens(['check', 'warnings.plan', '--max-warnings', String(warnings)], { cwd: dir }).code).toBe(0);
        expect(lens(['check', 'warnings.plan', '--max-warnings', 'many'], { cwd: dir }).code).toBe(2);
    });

    test('--quiet lists errors only', () => {
        const run = lens(['check', 'bad.plan', 'warnings.plan', '--quiet', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(1);
        const severities = JSON.parse(run.stdout).flatMap((r: { diagnostics: Array<{ severity: string }> }) => r.diagnostics.map(d => d.severity));
        expect(new Set(severities)).toEqual(new Set(['error']));
        expect(run.stderr).toBe('');
    });
});

describe('check: standard input', () => {
    test('- reads a record from standard input, shown under --stdin-filename', () => {
        const run = lens(['check', '-', '--stdin-filename', 'plans/amira.plan', '--format', 'json'], { cwd: dir, input: badPlan });
        expect(run.code).toBe(1);
        const [result] = JSON.parse(run.stdout);
        expect(result.file).toBe('plans/amira.plan');
        expect(result.diagnostics.map((d: { rule: string }) => d.rule)).toContain('action/who');
    });

    test('without a name it is <stdin>; a plan read from standard input finds the assessment in its folder', () => {
        const unnamed = JSON.parse(lens(['check', '-', '--format', 'json'], { cwd: dir, input: badPlan }).stdout)[0];
        expect(unnamed.file).toBe('<stdin>');
        expect(unnamed.problem).toBeUndefined();
        expect(unnamed.diagnostics.map((d: { rule: string }) => d.rule)).toContain('action/who');
        const plan = readFileSync('examples/amira-hassan.plan', 'utf8');
        const run = lens(['check', '-', '--stdin-filename', 'examples/amira-hassan.plan'], { cwd: dir, input: plan });
        expect(run.stdout).toContain('No problems found: 1 record checked.');
        expect(run.code).toBe(0);
    });

    test('--stdin-filename without - is bad usage', () => {
        expect(lens(['check', 'bad.plan', '--stdin-filename', 'x.plan'], { cwd: dir }).code).toBe(2);
    });
});

describe('check: the ignore file', () => {
    test('paths in .assessment-lens-ignore are left out of folders and lists; ! brings one back; --no-ignore checks all', () => {
        const team = mkdtempSync(join(tmpdir(), 'lens-ignore-'));
        mkdirSync(join(team, 'drafts', 'old'), { recursive: true });
        mkdirSync(join(team, 'live'));
        for (const path of ['drafts/a.plan', 'drafts/old/b.plan', 'drafts/keep.plan', 'live/c.plan', 'live/scratch.plan']) writeFileSync(join(team, path), badPlan);
        writeFileSync(join(team, '.assessment-lens-ignore'), '# work in progress\ndrafts/\n!drafts/keep.plan\nscratch.*\n');
        const run = lens(['check', '.', 'live/scratch.plan', '--format', 'json'], { cwd: team });
        // A folder left out cannot have a file brought back (as in git).
        expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([join('live', 'c.plan')]);
        expect(run.stderr).toContain('left out 3 paths listed in');
        const all = lens(['check', '.', '--no-ignore', '--format', 'json'], { cwd: team });
        expect(JSON.parse(all.stdout)).toHaveLength(5);
        writeFileSync(join(team, 'other-ignore'), 'live/\n');
        const other = lens(['check', '.', '--ignore-path', 'other-ignore', '--format', 'json', '--quiet'], { cwd: team });
        expect(JSON.parse(other.stdout).map((r: { file: string }) => r.file)).toEqual([join('drafts', 'a.plan'), join('drafts', 'keep.plan'), join('drafts', 'old', 'b.plan')]);
        expect(lens(['check', '.', '--ignore-path', 'nowhere'], { cwd: team }).code).toBe(2);
    });
});

describe('check: long runs', () => {
    let many: string;
    beforeAll(() => {
        many = mkdtempSync(join(tmpdir(), 'lens-many-'));
        writeFileSync(join(many, '.assessment-lens.json'), JSON.stringify({ today: '2026-05-01' }));
        for (let i = 0; i < 18; i++) cpSync('examples', join(many, `copy-${String(i).padStart(2, '0')}`), { recursive: true });
    });

    test('on several threads the output is the same, in the same order, as on one', () => {
        const big = (args: string[]) => {
            const run = spawnSync(NODE, [BIN, ...args], { cwd: many, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
            return { code: run.status, stdout: run.stdout };
        };
        const one = big(['check', '.', '--format', 'json', '--threads', '1']);
        const two = big(['check', '.', '--format', 'json', '--threads', '2']);
        expect(JSON.parse(one.stdout)).toHaveLength(90);
        expect(two.stdout).toBe(one.stdout);
        expect(two.code).toBe(one.code);
        const strong = JSON.parse(two.stdout).filter((r: { file: string }) => !r.file.includes('student-weak'));
        expect(strong.flatMap((r: { diagnostics: unknown[] }) => r.diagnostics)).toEqual([]);
    });

    test('a progress line on a terminal, none with --quiet, none when not a terminal', () => {
        const script = (args: string) => spawnSync('script', ['-qec', `${NODE} ${BIN} check . --format json --threads 1 ${args} > /dev/null`, '/dev/null'],
            { cwd: many, encoding: 'utf8', timeout: 60_000 });
        const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
        if (probe.status !== 0) return; // no `script` to make a terminal with
        expect(script('').stdout).toMatch(/\r\x1b\[KChecking records: \d+ of 90/);
        expect(script('--quiet').stdout).not.toContain('Checking records');
        expect(lens(['check', '.', '--format', 'json'], { cwd: many }).stderr).toBe('');
    });
});

describe('check: --output', () => {
    test('writes the findings to a file, making its folder', () => {
        const run = lens(['check', 'bad.plan', '--format', 'json', '--output', 'reports/findings.json'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(JSON.parse(readFileSync(join(dir, 'reports', 'findings.json'), 'utf8'))[0].file).toBe('bad.plan');
    });
});
