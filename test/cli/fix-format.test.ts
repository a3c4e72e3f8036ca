import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { lens } from '../helpers/cli.js';

let dir: string;

const messy = 'plan "Plan for Amira"\n\tkind:child in need plan   \n    lead:   Jo\n\n\n\n'
    + '  outcome attendance:   Amira goes to school.\n        action: Sara walks her.\n         who: Sara\n   by: 01/05/2026\n';
const tidy = 'plan "Plan for Amira"\n  kind: child in need plan\n  lead: Jo\n\n'
    + '  outcome attendance: Amira goes to school.\n    action: Sara walks her.\n      who: Sara\n      by: 01/05/2026\n';

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-fix-'));
    cpSync('examples', dir, { recursive: true });
    writeFileSync(join(dir, 'messy.plan'), messy);
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** Every line of `before` is still in `after`, in order (a fix only ever adds or completes). */
function keepsEveryWord(before: string, after: string): void {
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    const kept = words(after);
    let at = 0;
    for (const word of words(before)) {
        const found = kept.findIndex((w, i) => i >= at && w.includes(word.replace(/[()]/g, '')));
        expect(found, `"${word}" was lost`).toBeGreaterThanOrEqual(0);
        at = found;
    }
}

describe('assessment-lens fix', () => {
    test('makes every safe fix, round after round, writes the files and says what it did', () => {
        const before = read('student-weak.plan');
        const checkBefore = lens(['check', 'student-weak.plan', '--format', 'json'], { cwd: dir });
        const run = lens(['fix', 'student-weak.plan', 'amira-hassan.plan'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^student-weak\.plan: \d+ fix(es)?$/m);
        expect(run.stdout).not.toContain('amira-hassan.plan');
        expect(run.stdout).toMatch(/Made \d+ fix(es)? in 1 file\./);
        const after = read('student-weak.plan');
        expect(after).not.toBe(before);
        keepsEveryWord(before, after);
        expect(after).toContain('next review: <');
        expect(after).toContain('As Soon As Possible (ASAP)');
        const count = (r: { stdout: string }) => JSON.parse(r.stdout)[0].diagnostics.length;
        expect(count(lens(['check', 'student-weak.plan', '--format', 'json'], { cwd: dir }))).toBeLessThan(count(checkBefore));
        // Nothing is left for a second run to do.
        expect(lens(['fix', 'student-weak.plan'], { cwd: dir }).stdout).toContain('No safe quick fixes to make.');
    });

    test('--dry-run changes nothing and prints a diff that git applies to give the same result as fixing', () => {
        const before = read('student-weak.plan');
        const run = lens(['fix', 'student-weak.plan', 'student-weak.assessment', '--dry-run'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(read('student-weak.plan')).toBe(before);
        expect(run.stdout).toMatch(/^--- a\/student-weak\.plan\n\+\+\+ b\/student-weak\.plan\n@@ -\d+(,\d+)? \+\d+(,\d+)? @@/m);
        expect(run.stderr).toMatch(/Would make \d+ fix(es)? in 2 files\./);
        writeFileSync(join(dir, 'fix.diff'), run.stdout);
        const git = (args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
        if (git(['--version']).status !== 0) return; // no git to apply the diff with
        const applied = git(['apply', '--unsafe-paths', 'fix.diff']);
        expect(applied.status, applied.stderr).toBe(0);
        const patched = [read('student-weak.plan'), read('student-weak.assessment')];
        writeFileSync(join(dir, 'student-weak.plan'), before);
        cpSync('examples/student-weak.assessment', join(dir, 'student-weak.assessment'));
        expect(lens(['fix', 'student-weak.plan', 'student-weak.assessment'], { cwd: dir }).code).toBe(0);
        expect([read('student-weak.plan'), read('student-weak.assessment')]).toEqual(patched);
    });

    test('- fixes standard input and prints the result; with --dry-run, the diff', () => {
        const plan = read('student-weak.plan');
        const run = lens(['fix', '-', '--stdin-filename', 'student-weak.plan'], { cwd: dir, input: plan });
        expect(run.code).toBe(0);
        expect(run.stderr).toMatch(/Made \d+ fixes in 1 file\./);
        expect(read('student-weak.plan')).toBe(plan);
        expect(lens(['fix', 'student-weak.plan', '--quiet'], { cwd: dir }).code).toBe(0);
        expect(run.stdout).toBe(read('student-weak.plan'));
        const diff = lens(['fix', '-', '--dry-run', '--quiet'], { cwd: dir, input: plan });
        expect(diff.stdout).toMatch(/^--- a\/<stdin>/);
    });

    test('a file that cannot be read is reported with exit 2, and the others are still fixed', () => {
        writeFileSync(join(dir, 'binary.plan'), Buffer.from([0, 1, 2]));
        const run = lens(['fix', 'binary.plan', 'student-weak.plan'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('binary.plan was not fixed: This is not a text file');
        expect(read('student-weak.plan')).not.toBe(readFileSync('examples/student-weak.plan', 'utf8'));
    });
});

describe('assessment-lens format', () => {
    test('rewrites records that need it and names them; tidy ones are left alone', () => {
        const run = lens(['format', '.'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('messy.plan\n');
        expect(run.stdout).not.toContain('amira-hassan');
        expect(run.stdout).toMatch(/Formatted \d+ of 6 records\./);
        expect(read('messy.plan')).toBe(tidy);
        expect(read('amira-hassan.assessment')).toBe(readFileSync('examples/amira-hassan.assessment', 'utf8'));
    });

    test('--check changes nothing and exits 1 when a record would change, 0 when none would', () => {
        const run = lens(['format', 'messy.plan', 'amira-hassan.plan', '--check'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('messy.plan\n1 of 2 records would be reformatted: run assessment-lens format on it.\n');
        expect(read('messy.plan')).toBe(messy);
        const clean = lens(['format', 'amira-hassan.plan', 'amira-hassan.assessment', '--check'], { cwd: dir });
        expect(clean.code).toBe(0);
        expect(clean.stdout).toBe('All 2 records are formatted.\n');
    });

    test('- formats standard input to standard output; --check on standard input exits 1 if it would change', () => {
        const run = lens(['format', '-'], { cwd: dir, input: messy });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(tidy);
        expect(lens(['format', '-', '--check', '--quiet'], { cwd: dir, input: messy }).code).toBe(1);
        expect(lens(['format', '-', '--check', '--quiet'], { cwd: dir, input: tidy }).code).toBe(0);
    });

    test('a byte order mark and Windows line breaks are kept', () => {
        writeFileSync(join(dir, 'windows.plan'), '\uFEFF' + messy.replace(/\n/g, '\r\n'));
        expect(lens(['format', 'windows.plan', '--quiet'], { cwd: dir }).code).toBe(0);
        expect(read('windows.plan')).toBe('\uFEFF' + tidy.replace(/\n/g, '\r\n'));
    });

    test('a missing file is exit 2', () => {
        const run = lens(['format', 'nowhere.plan'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('nowhere.plan was not formatted: There is no file or folder with this name.');
    });
});
