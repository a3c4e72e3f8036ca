import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { lens } from '../helpers/cli.js';
import { COUNCIL, corruptDocument, councilAssessment, emptyDocument, unknownHeadings } from '../unit/import/docx-fixtures.js';

let dir: string;

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lens-import-'));
    writeFileSync(join(dir, 'mia.docx'), await councilAssessment());
    writeFileSync(join(dir, 'jack.docx'), await unknownHeadings());
    writeFileSync(join(dir, 'empty.docx'), await emptyDocument());
    writeFileSync(join(dir, 'broken.docx'), corruptDocument());
    writeFileSync(join(dir, 'plan.txt'), 'OUTCOMES\n\nTom is safe at home.\n\nContingency\n\nfact: if this fails, Dev calls a meeting.\n');
    writeFileSync(join(dir, '.assessment-lens.json'), JSON.stringify({ importHeadings: { 'Things we talked about': 'analysis' } }));
});

describe('assessment-lens import', () => {
    test('a Word assessment becomes a record in one command, which then checks cleanly for structure', () => {
        const run = lens(['import', 'mia.docx', '--output', 'mia.assessment'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('mia.docx was imported as an assessment (from its headings; use --as to choose): 10 of its 10 headings matched a part of the record.');
        expect(run.stdout).toContain('The record is in mia.assessment');
        const text = readFileSync(join(dir, 'mia.assessment'), 'utf8');
        expect(text).toContain(`assessment “${COUNCIL.title}”`);
        expect(text).toContain(`  outcome: ${COUNCIL.plan[0][0]}`);
        const check = lens(['check', 'mia.assessment', '--format', 'json'], { cwd: dir });
        const rules = (JSON.parse(check.stdout)[0].diagnostics as Array<{ rule: string }>).map(d => d.rule);
        expect(rules).not.toContain('format/syntax');
        expect(rules).not.toContain('structure/misplaced');
        expect(rules).toContain('reference/undeclared');
    });

    test('never writes over a file, and a damaged Word file is a clear error with exit 2', () => {
        const again = lens(['import', 'mia.docx', '--output', 'mia.assessment'], { cwd: dir });
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('mia.assessment already exists, and importing never writes over a file.');
        const broken = lens(['import', 'broken.docx'], { cwd: dir });
        expect(broken.code).toBe(2);
        expect(broken.stdout).toBe('');
        expect(broken.stderr).toMatch(/^assessment-lens: broken\.docx could not be imported: This Word file could not be read/);
        expect(existsSync(join(dir, 'broken.assessment'))).toBe(false);
    });

    test('to the screen: the record on standard output, the summary on standard error; the team\'s headings are used', () => {
        const run = lens(['import', 'jack.docx'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('\nanalysis\n  # Things we talked about\n');
        expect(run.stderr).toContain("Kept as sections with their own titles: \"Jack's world\"");
    });

    test('--as plan, from plain text; an empty Word file gives the first line only', () => {
        const run = lens(['import', 'plan.txt', '--as', 'plan'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('plan “plan”\n');
        expect(run.stdout).toContain('\n  contingency: fact: if this fails, Dev calls a meeting.\n');
        const empty = lens(['import', 'empty.docx'], { cwd: dir });
        expect(empty.code).toBe(0);
        expect(empty.stdout.trim().split('\n').pop()).toBe('assessment “empty”');
        expect(empty.stderr).toContain('empty.docx has no writing in it');
        expect(lens(['import', 'mia.assessment'], { cwd: dir }).code).toBe(2);
    });
});
