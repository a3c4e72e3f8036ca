import { describe, expect, test } from 'vitest';
import type { Rule } from '../../language/src/index.js';
import { findings } from './services.js';

export interface InvalidCase {
    /** what the case shows, in words */
    name: string;
    text: string;
    /** how many findings of this rule, and on which lines (1-based) */
    lines: number[];
    /** words every message must contain */
    messageIncludes?: string;
    /** the file name, when the extension matters */
    file?: string;
}

export interface ValidCase {
    name: string;
    text: string;
    file?: string;
}

/** The valid and invalid examples of one rule: valid ones give no finding of it, invalid ones give exactly the lines listed. */
export function ruleCases(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.id, () => {
        expect(cases.valid.length, 'a rule needs at least one valid example').toBeGreaterThan(0);
        expect(cases.invalid.length, 'a rule needs at least one invalid example').toBeGreaterThan(0);
        for (const c of cases.valid) {
            test(`valid: ${c.name}`, async () => {
                const found = (await findings(c.text, c.file)).filter(d => d.code === rule.id);
                expect(found.map(d => d.message)).toEqual([]);
            });
        }
        for (const c of cases.invalid) {
            test(`invalid: ${c.name}`, async () => {
                const found = (await findings(c.text, c.file)).filter(d => d.code === rule.id);
                expect(found.map(d => d.range.start.line + 1)).toEqual(c.lines);
                for (const d of found) {
                    expect(d.severity).toBe({ error: 1, warning: 2, info: 3, hint: 4 }[rule.severity]);
                    expect(d.codeDescription?.href).toBe(`file:///docs/rules/${rule.id}.md`);
                    if (c.messageIncludes) expect(d.message).toContain(c.messageIncludes);
                }
            });
        }
    });
}
