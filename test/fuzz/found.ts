import type { Trouble } from './exercise.js';

/**
 * Every problem the fuzzing has found, as the smallest input that shows it. Each becomes a
 * test in regressions.test.ts. Those whose fix is still to be made are marked `open`, with
 * where the problem is; their tests are expected to fail until it is fixed (then remove
 * `open`). `npm run fuzz -- --skip-known` leaves open problems aside, to look for new ones.
 */
export interface Found {
    name: string;
    files: Record<string, string>;
    /** where the editor features were asked about (offsets in the text) */
    offsets: number[];
    /** still to be fixed: where the problem is, and what a trouble about it says */
    open?: { where: string; says: RegExp };
}

export const FOUND: readonly Found[] = [
    {
        name: 'completion inside a word on the line after an empty "from:" line',
        files: { 'shaped.assessment': 'from: \nAmira' },
        offsets: [8]
    }
];

/** True when a trouble is one of the open problems above. */
export function isKnown(trouble: Trouble): boolean {
    return FOUND.some(f => f.open?.says.test(trouble.what));
}
