import { describe, expect, test } from 'vitest';
import { exercise } from './exercise.js';
import { FOUND } from './found.js';

/**
 * The inputs with which the fuzzing found a problem (test/fuzz/found.ts), checked on every run.
 * A problem still to be fixed is expected to fail here; once it is fixed this test says so,
 * and its `open` mark comes off.
 */
describe('problems the fuzzing found', () => {
    for (const found of FOUND) {
        const check = async () => {
            expect(await exercise(found.files, found.offsets)).toEqual([]);
        };
        if (found.open) test.fails(`still to fix: ${found.name}`, check);
        else test(found.name, check);
    }
});
