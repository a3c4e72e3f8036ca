/**
 * Profiles the server while someone types, to see where the time goes:
 *   node scripts/run-ts.mjs bench/profile-server.ts large        typing in a 500 KB record, with every check
 *   node scripts/run-ts.mjs bench/profile-server.ts workspace    typing in a 20 KB record with 1,000 records in the workspace
 * A second argument names another build of the server, to compare a change against main.
 * Writes a .cpuprofile into out/bench/profiles/ (open it in Chrome's or VS Code's profiler) and
 * prints the functions that took the most time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateAssessment, generateFamily, loadVocabulary } from './generate.js';
import { startServer, typingLatency } from './lsp.js';

const scenario = process.argv[2] === 'workspace' ? 'workspace' : 'large';
const serverModule = process.argv[3];
const profiles = resolve('out', 'bench', 'profiles');
mkdirSync(profiles, { recursive: true });
const before = new Set(readdirSync(profiles));
const vocabulary = loadVocabulary();
const folder = mkdtempSync(join(tmpdir(), 'assessment-lens-profile-'));
try {
    let workspace: string | undefined;
    if (scenario === 'large') {
        // every check, however large the record
        workspace = join(folder, 'large');
        mkdirSync(workspace);
        writeFileSync(join(workspace, '.assessment-lens.json'), JSON.stringify({ fullCheckChars: 50_000_000 }));
    } else {
        workspace = join(folder, 'records');
        mkdirSync(workspace);
        for (let seed = 1; seed <= 500; seed++) {
            const family = generateFamily(vocabulary, seed);
            writeFileSync(join(workspace, `family-${seed}.assessment`), family.assessment);
            writeFileSync(join(workspace, `family-${seed}.plan`), family.plan);
        }
    }
    const text = generateAssessment(vocabulary, { size: scenario === 'large' ? 500_000 : 20_000, seed: 3 }).text;
    process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profiles}`;
    const client = await startServer(serverModule, workspace);
    delete process.env.NODE_OPTIONS;
    const timings = await typingLatency(client, pathToFileURL(join(workspace ?? folder, 'typed.assessment')).href, text, { edits: 20, warmup: 3 });
    await client.shutdown();
    process.stdout.write(`${scenario}: median ${timings.median.toFixed(0)} ms, p95 ${timings.p95.toFixed(0)} ms\n`);
} finally {
    rmSync(folder, { recursive: true, force: true });
}

const file = readdirSync(profiles).find(f => !before.has(f) && f.endsWith('.cpuprofile'));
if (!file) throw new Error('the server wrote no profile');
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`.slice(0, 120);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
    }
});
process.stdout.write(`profile: ${join(profiles, file)}\nmost time (ms, including what they call):\n`);
for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) process.stdout.write(`${ms.toFixed(0).padStart(8)}  ${name}\n`);
