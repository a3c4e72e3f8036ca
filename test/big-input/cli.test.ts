import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { BIG_RECORD_SECONDS, invalidUtf8, longRecord, ODD_RECORDS } from './inputs.js';

describe('big and odd records, through the command line', () => {
    let dir: string;

    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'lens-big-cli-'));
        // Each record in a folder of its own (a plan checked alone also reads the assessments beside it),
        // with a settings file that asks for every check however large the record is.
        for (const odd of ODD_RECORDS) {
            mkdirSync(join(dir, odd.file));
            writeFileSync(join(dir, odd.file, odd.file), odd.text());
            writeFileSync(join(dir, odd.file, '.assessment-lens.json'), JSON.stringify({ fullCheckChars: 50_000_000 }));
        }
        mkdirSync(join(dir, 'invalid'));
        writeFileSync(join(dir, 'invalid', 'invalid-utf8.assessment'), invalidUtf8());
        mkdirSync(join(dir, 'big'));
        writeFileSync(join(dir, 'big', 'ten-megabytes.assessment'), longRecord(10_000_000));
    });

    /** Checks a file: exit 0 (nothing serious) or 1 (errors found), a result for it, and no message that the checker stopped. */
    function checks(file: string, seconds: number, config?: string): void {
        const run = spawnSync(NODE, [BIN, 'check', file, '--format', 'json', '--today', '2026-05-01', ...(config ? ['--config', config] : [])], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: seconds * 1000, maxBuffer: 1 << 28
        });
        expect(run.signal, `still checking after ${seconds} s`).toBeNull();
        expect(run.stderr).toBe('');
        expect([0, 1]).toContain(run.status);
        const results = JSON.parse(run.stdout) as Array<{ file: string; problem?: string; diagnostics: Array<{ message: string }> }>;
        expect(results).toHaveLength(1);
        expect(results[0].problem).toBeUndefined();
        expect(results[0].diagnostics.filter(d => /stopped early|An error occurred/.test(d.message)).map(d => d.message)).toEqual([]);
    }

    for (const odd of ODD_RECORDS) {
        test(`${odd.name}, with every check`, () => checks(join(odd.file, odd.file), 30, join(odd.file, '.assessment-lens.json')), 40_000);
    }

    test('a file that is not valid UTF-8', () => checks(join('invalid', 'invalid-utf8.assessment'), 30), 40_000);

    test(`a 10 MB record, within ${BIG_RECORD_SECONDS} s`, () => checks(join('big', 'ten-megabytes.assessment'), BIG_RECORD_SECONDS),
        (BIG_RECORD_SECONDS + 10) * 1000);
});
