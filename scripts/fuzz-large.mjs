// The large fuzzing run: 10,000 inputs from a new seed each time (npm run fuzz).
//   npm run fuzz                     10,000 inputs, a new seed
//   npm run fuzz -- --seed 12345     the same inputs as an earlier run (its seed is printed)
//   npm run fuzz -- --runs 50000     more inputs
//   npm run fuzz -- --skip-known     leave aside the problems already found and not yet fixed
// A failure prints the input that caused it, made as small as fast-check can make it; put it
// in test/fuzz/regressions.test.ts so that it is checked on every run from then on.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const seed = option('--seed', Math.floor(Math.random() * 2 ** 31));
const runs = option('--runs', 10_000);
process.stdout.write(`fuzzing with ${runs} inputs, seed ${seed} (repeat with: npm run fuzz -- --seed ${seed} --runs ${runs})\n`);
const vitest = resolve('node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_SKIP_KNOWN: args.includes('--skip-known') ? '1' : '0' }
});
process.exitCode = result.status ?? 1;
