import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../language/src/index.js';

const SECTIONS = ['## What it checks', '## Why it matters', '## Example: needs work', '## Example: good', '## Quick fix'];

function filesUnder(folder: string, ending: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder).flatMap(name => {
        const full = join(folder, name);
        return statSync(full).isDirectory() ? filesUnder(full, ending) : name.endsWith(ending) ? [full] : [];
    });
}

describe('every rule has its page and its tests', () => {
    test('rule ids are unique and shaped group/name', () => {
        const ids = RULES.map(r => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    for (const rule of RULES) {
        test(`${rule.id} has a page with every section`, () => {
            const page = join('docs', 'rules', `${rule.id}.md`);
            expect(existsSync(page), `${page} is missing`).toBe(true);
            const text = readFileSync(page, 'utf8');
            expect(text.split('\n')[0]).toBe(`# ${rule.id} — ${rule.description}`);
            expect(text).toContain(`Default severity: **${rule.severity}**`);
            for (const section of SECTIONS) expect(text, `${page} lacks "${section}"`).toContain(section);
        });

        test(`${rule.id} has valid and invalid cases`, () => {
            const file = join('test', 'rules', `${rule.id}.test.ts`);
            expect(existsSync(file), `${file} is missing`).toBe(true);
            const text = readFileSync(file, 'utf8');
            expect(text).toMatch(/ruleCases\(/);
            expect(text).toMatch(/valid:\s*\[/);
            expect(text).toMatch(/invalid:\s*\[/);
        });
    }

    test('no page or test is left for a rule that does not exist', () => {
        const ids = new Set(RULES.map(r => r.id));
        const pages = filesUnder(join('docs', 'rules'), '.md').map(f => relative(join('docs', 'rules'), f).replace(/\.md$/, '').replaceAll('\\', '/'));
        const tests = filesUnder(join('test', 'rules'), '.test.ts').map(f => relative(join('test', 'rules'), f).replace(/\.test\.ts$/, '').replaceAll('\\', '/'))
            .filter(t => t !== 'meta');
        expect(pages.filter(p => !ids.has(p))).toEqual([]);
        expect(tests.filter(t => !ids.has(t))).toEqual([]);
    });
});
