import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unifiedDiff } from '../../cli/src/diff.js';
import { IgnoreList } from '../../cli/src/ignore.js';
import { partition, threadsFor } from '../../cli/src/parallel.js';

describe('the ignore file', () => {
    const base = '/team';
    const list = new IgnoreList(base, [
        '# comments and blank lines do nothing', '',
        'drafts/', '*.tmp.plan', '/top.plan', 'archive/**/old-*.assessment', 'notes/?.plan', '!keep.tmp.plan', 'escaped\\#name.plan', '  '
    ].join('\n'));
    const ignored = (path: string, folder = false) => list.ignores(`${base}/${path}`, folder);

    test('a name anywhere; a folder and all in it; a path from the ignore file\'s folder', () => {
        expect(ignored('drafts', true)).toBe(true);
        expect(ignored('drafts/a.plan')).toBe(true);
        expect(ignored('x/drafts/a.plan')).toBe(true);
        expect(ignored('drafts')).toBe(false); // `drafts/` matches folders only
        expect(ignored('a.tmp.plan')).toBe(true);
        expect(ignored('deep/down/b.tmp.plan')).toBe(true);
        expect(ignored('top.plan')).toBe(true);
        expect(ignored('sub/top.plan')).toBe(false);
    });

    test('** across folders, ? for one character, ! to bring a file back, \\ to escape', () => {
        expect(ignored('archive/old-a.assessment')).toBe(true);
        expect(ignored('archive/2024/march/old-a.assessment')).toBe(true);
        expect(ignored('archive/new-a.assessment')).toBe(false);
        expect(ignored('notes/a.plan')).toBe(true);
        expect(ignored('notes/ab.plan')).toBe(false);
        expect(ignored('keep.tmp.plan')).toBe(false);
        expect(ignored('escaped#name.plan')).toBe(true);
    });

    test('paths outside the ignore file\'s folder are never left out', () => {
        expect(list.ignores('/elsewhere/drafts/a.plan')).toBe(false);
        expect(list.ignores(base, true)).toBe(false);
    });
});

describe('the diff of a fix', () => {
    test('a unified diff with context that git applies', () => {
        const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
        const after = before.replace('line 3\n', 'line 3\nnew line\n').replace('line 18', 'line eighteen');
        const diff = unifiedDiff('records/a.plan', before, after);
        expect(diff).toBe([
            '--- a/records/a.plan', '+++ b/records/a.plan',
            '@@ -1,6 +1,7 @@', ' line 1', ' line 2', ' line 3', '+new line', ' line 4', ' line 5', ' line 6',
            '@@ -15,6 +16,6 @@', ' line 15', ' line 16', ' line 17', '-line 18', '+line eighteen', ' line 19', ' line 20', ''
        ].join('\n'));
        expect(unifiedDiff('a.plan', before, before)).toBe('');
        const dir = mkdtempSync(join(tmpdir(), 'lens-diff-'));
        if (spawnSync('git', ['--version']).status !== 0) return;
        spawnSync('mkdir', ['-p', join(dir, 'records')]);
        writeFileSync(join(dir, 'records', 'a.plan'), before);
        writeFileSync(join(dir, 'change.diff'), diff);
        expect(spawnSync('git', ['apply', 'change.diff'], { cwd: dir }).status).toBe(0);
        expect(readFileSync(join(dir, 'records', 'a.plan'), 'utf8')).toBe(after);
    });

    test('a last line without a line break is marked', () => {
        expect(unifiedDiff('a.plan', 'a\nb', 'a\nc')).toBe('--- a/a.plan\n+++ b/a.plan\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    });
});

describe('sharing records between threads', () => {
    const assessment = (title: string) => `assessment "${title}"\n  kind: single assessment\n`;
    const plan = (from: string) => `plan "P"\n  from: ${from}\n`;

    test('a plan goes with the assessment it comes from, preferring the one in its own folder', () => {
        const inputs = [
            { path: 'a/x.assessment', text: assessment('Assessment for Amira') },
            { path: 'b/x.assessment', text: assessment('Assessment for Amira') },
            { path: 'b/x.plan', text: plan('assessment for amira') },
            { path: 'c/y.plan', text: plan('Assessment for Kai') },
            { path: 'c/y.assessment', text: assessment('Assessment for Kai') },
            { path: 'd/z.plan', text: plan('Nobody') }
        ];
        const groups = partition(inputs, 2);
        expect(groups.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
        const together = (a: number, b: number) => groups.some(g => g.includes(a) && g.includes(b));
        expect(together(1, 2)).toBe(true);
        expect(together(3, 4)).toBe(true);
        expect(groups.every(g => g.length > 0)).toBe(true);
    });

    test('threads only with four cores or more and enough records; never more than asked or than records', () => {
        expect(threadsFor(10, undefined, 8)).toBe(1);
        expect(threadsFor(200, undefined, 2)).toBe(1);
        expect(threadsFor(200, undefined, 8)).toBe(4);
        expect(threadsFor(100, undefined, 4)).toBe(2);
        expect(threadsFor(3, 8)).toBe(3);
        expect(threadsFor(500, 1)).toBe(1);
    });
});
