import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'parse5';
import { find, attr, textOf } from '../helpers/html.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { CRITERIA } from '../../language/src/report/index.js';
import { lens } from '../helpers/cli.js';


let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-export-'));
    cpSync('examples', dir, { recursive: true });
});

describe('assessment-lens export', () => {
    test('a plan as one HTML page for the family: names from its assessment, the plan as a table, nothing fetched', () => {
        const run = lens(['export', 'amira-hassan.plan', '--format', 'html'], { cwd: dir });
        expect(run.code).toBe(0);
        const doc = parse(run.stdout);
        expect(textOf(find(doc, e => e.tagName === 'h1')[0])).toBe('Child in need plan for Amira and Yusuf');
        const table = find(doc, e => e.tagName === 'table')[0];
        expect(find(table, e => e.tagName === 'th').map(textOf)).toEqual(['Outcome', 'What will happen', 'Who', 'By when']);
        expect(find(table, e => e.tagName === 'td').map(textOf)).toContain('Sara Hassan and Noor Rahman');
        expect(find(doc, e => e.tagName === 'blockquote').map(textOf).join('')).toContain('“Can Lily come to breakfast club too?”');
        expect(run.stdout).toContain('prefers-color-scheme: dark');
        expect(run.stdout).not.toMatch(/<script|<link|src=|https?:\/\//);
    });

    test('Markdown to a file: facts and opinions labelled, jargon with its plain words', () => {
        const run = lens(['export', 'student-weak.assessment', '--output', 'family/mia.md'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        const md = readFileSync(join(dir, 'family', 'mia.md'), 'utf8');
        expect(md.startsWith('# Single assessment for Mia and Jayden Carter\n')).toBe(true);
        expect(md).toContain("**Fact:** Mia's attendance is poor.  \n*Where this comes from:* not written down.");
        expect(md).toMatch(/engage \(\*[^*]+\*\)/);
    });

    test('from standard input, with --stdin-filename for the folder it belongs to', () => {
        const plan = readFileSync(join(dir, 'amira-hassan.plan'), 'utf8');
        const run = lens(['export', '-', '--stdin-filename', 'amira-hassan.plan', '--format', 'md'], { cwd: dir, input: plan });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('| Sara Hassan and Noor Rahman |');
    });

    test('an unreadable record is exit 2; a wrong format is bad usage', () => {
        writeFileSync(join(dir, 'binary.plan'), Buffer.from([0, 1]));
        const run = lens(['export', 'binary.plan'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('binary.plan could not be exported: This is not a text file');
        expect(lens(['export', 'amira-hassan.plan', '--format', 'pdf'], { cwd: dir }).code).toBe(2);
    });
});

describe('assessment-lens report', () => {
    test('one record: its rubric, as Markdown on the screen', () => {
        const run = lens(['report', 'student-weak.plan'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('# Quality report: CIN plan for Mia and Jayden');
        expect(run.stdout).toMatch(/\| SMART plan \| ✗ not met \| \d+ \| \d+ \|/);
        expect(run.stdout).toMatch(/- `student-weak\.plan:10` \*\*error\*\*: This plan has no contingency/);
    });

    test('one record as JSON and CSV', () => {
        const json = JSON.parse(lens(['report', 'amira-hassan.plan', '--format', 'json'], { cwd: dir }).stdout);
        expect(json.score).toBe(100);
        expect(json.criteria.map((c: { name: string; status: string }) => `${c.name}: ${c.status}`)).toContain('SMART plan: met');
        const csv = lens(['report', 'amira-hassan.plan', '--format', 'csv'], { cwd: dir }).stdout.split('\r\n');
        expect(csv[0]).toBe('file,criterion,result,score,errors,warnings,notes,hints');
        expect(csv).toContain('amira-hassan.plan,SMART plan,met,100,0,0,0,0');
    });

    test('a folder: the cohort table as CSV, one row a record and a row of averages', () => {
        const csv = lens(['report', '.', '--format', 'csv'], { cwd: dir }).stdout.trim().split('\r\n');
        expect(csv).toHaveLength(1 + 6 + 1);
        expect(csv.map(r => r.split(',')[0]).slice(1, -1)).toEqual(['amira-hassan.assessment', 'amira-hassan.plan', 'binary.plan', 'kai-thompson.plan', 'student-weak.assessment', 'student-weak.plan']);
    });

    test('a cohort as HTML: a sortable table with a column a criterion, totals, and a link to each record\'s detail; the table on the screen too', () => {
        rmSync(join(dir, 'binary.plan'), { force: true });
        const run = lens(['report', '.', '--output', 'reports/cohort.html'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('| Record | Voice of the child |');
        expect(run.stdout).toContain('The quality report for 5 records is in reports/cohort.html');
        const html = readFileSync(join(dir, 'reports', 'cohort.html'), 'utf8');
        checkCohortTable(html, 5);
        // Each finding links to its record, from where the report is.
        const links = find(parse(html), e => e.tagName === 'a').map(a => attr(a, 'href')!).filter(h => !h.startsWith('#'));
        expect(links).toContain('../student-weak.plan#L10');
        for (const link of links) expect(existsSync(resolve(join(dir, 'reports'), link.replace(/#.*$/, '')))).toBe(true);
    });
});

describe('npm start', () => {
    test('produces the cohort report for examples/, whose table a real HTML parser reads', () => {
        const start = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
        const [build, ...rest] = start.split(' && ');
        expect(build).toBe('npm run build');
        expect(rest[0]).toMatch(/^node bin\/assessment-lens\.js check examples /);
        const output = rest.join(' && ').match(/--output (\S+)/)?.[1];
        expect(output).toBeDefined();
        rmSync(output!, { force: true });
        // The build has been done (the tests run the built command line); run the rest as npm would.
        const run = spawnSync('sh', ['-c', rest.join(' && ')], {
            encoding: 'utf8', timeout: 120_000,
            env: { ...process.env, PATH: `${resolve('node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1' }
        });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('student-weak.plan');
        expect(existsSync(dirname(output!))).toBe(true);
        checkCohortTable(readFileSync(output!, 'utf8'), 5);
    });
});

/** The cohort table: a heading a criterion, a row a record linking to its detail, averages below. */
function checkCohortTable(html: string, records: number): void {
    const doc = parse(html);
    const tables = find(doc, e => e.tagName === 'table' && (attr(e, 'class') ?? '').includes('cohort'));
    expect(tables).toHaveLength(1);
    const [table] = tables;
    const heads = find(find(table, e => e.tagName === 'thead')[0], e => e.tagName === 'th');
    expect(heads.map(textOf)).toEqual(['Record', ...CRITERIA.map(c => c.name), 'Overall']);
    expect(heads.every(h => find(h, e => e.tagName === 'button').length === 1)).toBe(true);
    const rows = find(find(table, e => e.tagName === 'tbody')[0], e => e.tagName === 'tr');
    expect(rows).toHaveLength(records);
    for (const row of rows) {
        const cells = find(row, e => e.tagName === 'td' || e.tagName === 'th');
        expect(cells).toHaveLength(CRITERIA.length + 2);
        const href = attr(find(cells[0], e => e.tagName === 'a')[0], 'href')!;
        expect(find(doc, e => attr(e, 'id') === href.slice(1))).toHaveLength(1);
        for (const cell of cells.slice(1)) expect(textOf(cell)).toMatch(/^(\d{1,3}|n\/a|–)$/);
    }
    const foot = find(find(table, e => e.tagName === 'tfoot')[0], e => e.tagName === 'td');
    expect(foot).toHaveLength(CRITERIA.length + 1);
    expect(find(doc, e => e.tagName === 'script').map(textOf).join('')).toContain('aria-sort');
}
