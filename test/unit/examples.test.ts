import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseConfig, RULES } from '../../language/src/index.js';
import { checkRecords } from '../helpers/services.js';

/** The examples are checked as `npm start` checks them: together, with their settings file. */
const settings = parseConfig(readFileSync('examples/.assessment-lens.json', 'utf8')).settings;
const read = (name: string) => readFileSync(`examples/${name}`, 'utf8');

async function check(names: string[]) {
    const documents = await checkRecords(Object.fromEntries(names.map(n => [n, read(n)])), settings);
    return Object.fromEntries(documents.map((d, i) => [names[i], d.diagnostics ?? []]));
}

describe('the examples', () => {
    test('the strong exemplars give no finding at all', async () => {
        const found = await check(['amira-hassan.assessment', 'amira-hassan.plan', 'kai-thompson.plan']);
        for (const [name, diagnostics] of Object.entries(found)) {
            expect(diagnostics.map(d => `${name}:${d.range.start.line + 1} ${String(d.code)} ${d.message}`)).toEqual([]);
        }
    });

    test('the weak student records trigger most of the completeness, plan and time rules', async () => {
        const found = await check(['student-weak.assessment', 'student-weak.plan']);
        const triggered = new Set(Object.values(found).flat().map(d => String(d.code)));
        const groups = ['assessment/', 'voice/', 'plan/', 'outcome/', 'action/', 'safety/', 'time/'];
        const relevant = RULES.map(r => r.id).filter(id => groups.some(g => id.startsWith(g)) && !id.startsWith('safety/'));
        const hit = relevant.filter(id => triggered.has(id));
        expect(hit.length / relevant.length, `triggered: ${hit.join(', ')}; not: ${relevant.filter(id => !triggered.has(id)).join(', ')}`)
            .toBeGreaterThanOrEqual(0.6);
    });
});
