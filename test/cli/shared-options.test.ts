import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { lens } from '../helpers/cli.js';

let dir: string;
const messy = 'plan "P"\n\tkind:x\n';

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-shared-'));
    // Records the formatter leaves as they are.
    for (const name of ['amira-hassan.assessment', 'amira-hassan.plan', 'student-weak.assessment', 'student-weak.plan']) {
        cpSync(join('examples', name), join(dir, 'records', name));
    }
    writeFileSync(join(dir, 'records', 'messy.plan'), messy);
    writeFileSync(join(dir, '.assessment-lens-ignore'), 'messy.plan\n');
    writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
    writeFileSync(join(dir, 'slip.json'), JSON.stringify({ today: '2026-05-01', rules: { 'action/hwo': 'off' } }));
});

describe('options every command shares', () => {
    test('the ignore file applies to format, fix and report; --no-ignore and --ignore-path change it', () => {
        expect(lens(['format', 'records', '--check'], { cwd: dir }).code).toBe(0);
        expect(lens(['format', 'records', '--check', '--quiet', '--no-ignore'], { cwd: dir }).code).toBe(1);
        writeFileSync(join(dir, 'none'), '');
        expect(lens(['format', 'records', '--check', '--quiet', '--ignore-path', 'none'], { cwd: dir }).code).toBe(1);
        const report = lens(['report', 'records', '--format', 'csv', '--today', '2026-05-01'], { cwd: dir });
        expect(report.stdout).not.toContain('messy.plan');
        expect(report.stderr).toContain('left out 1 path listed in');
        const fixed = lens(['fix', 'records', '--dry-run', '--quiet', '--no-ignore', '--today', '2026-05-01'], { cwd: dir });
        expect(fixed.stdout).toContain('+++ b/records/messy.plan');
        expect(readFileSync(join(dir, 'records', 'messy.plan'), 'utf8')).toBe(messy);
    });

    test('a settings file that is not JSON stops fix, export and report with exit 2 and says why', () => {
        for (const args of [['fix', 'records'], ['export', 'records/amira-hassan.plan'], ['report', 'records']]) {
            const run = lens([...args, '--config', 'broken.json'], { cwd: dir });
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr).toContain('is not valid JSON');
        }
    });

    test('an unknown rule in the settings gives exit 2 after the full results of report and export', () => {
        const report = lens(['report', 'records', '--config', 'slip.json', '--format', 'json'], { cwd: dir });
        expect(report.code).toBe(2);
        expect(report.stderr).toContain('There is no rule "action/hwo"');
        expect(JSON.parse(report.stdout).records).toHaveLength(4);
        const exported = lens(['export', 'records/amira-hassan.plan', '--config', 'slip.json', '--format', 'md'], { cwd: dir });
        expect(exported.code).toBe(2);
        expect(exported.stdout).toContain('# Child in need plan for Amira and Yusuf');
    });

    test('--today must be a real date on every command that checks', () => {
        for (const command of ['check', 'fix', 'report', 'export']) {
            const run = lens([command, 'records/amira-hassan.plan', '--today', '2026-02-30'], { cwd: dir });
            expect(run.code, command).toBe(2);
            expect(run.stderr).toContain('--today needs a real date');
        }
    });

    test('report on several threads gives the same report as on one; --quiet keeps the screen clear', () => {
        const one = lens(['report', 'records', '--format', 'json', '--threads', '1', '--today', '2026-05-01'], { cwd: dir });
        const two = lens(['report', 'records', '--format', 'json', '--threads', '2', '--today', '2026-05-01'], { cwd: dir });
        expect(two.stdout).toBe(one.stdout);
        const quiet = lens(['report', 'records', '--output', 'out.html', '--quiet', '--today', '2026-05-01'], { cwd: dir });
        expect(quiet.stdout).toBe('');
        expect(quiet.stderr).toBe('');
    });

    test('--no-color prints no colour codes; colours are never written to a file', () => {
        const run = lens(['check', 'records/student-weak.plan', '--no-color', '--today', '2026-05-01'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).not.toMatch(/\x1b\[/);
        expect(run.stdout).toContain('plan/contingency');
    });

    test('--version is the version in package.json', () => {
        expect(lens(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    });
});
