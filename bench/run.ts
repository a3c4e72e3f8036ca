/**
 * The benchmarks: `npm run bench`. Builds synthetic records, measures the server over stdio,
 * the command line, the server's memory and the language checks against alex, and writes
 * the figures into docs/performance.md (between its "figures" markers; the rest of the page
 * is kept as written).
 *
 *   npm run bench                        everything, and docs/performance.md is updated
 *   npm run bench -- --quick             fewer edits and records, nothing written
 *   npm run bench -- --server <bundle> --cli <bundle>
 *                                        other builds of the server and the command line, to compare
 *                                        a change against main; nothing written
 *   npm run bench -- --only latency,cli,memory,language
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliWallTime, type CliTiming } from './cli.js';
import { generateAssessment, loadVocabulary } from './generate.js';
import { writeFamilies } from './families.js';
import { compareWithAlex, proseOf, type LanguageComparison } from './language.js';
import { lostFindings, startServer, typingLatency, workspaceMemory, type Timings, type WorkspaceMemory } from './lsp.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const server = option('--server');
const cli = option('--cli');
const only = option('--only')?.split(',');
const wanted = (part: string) => !only || only.includes(part);
const write = !quick && !server && !cli && !only && !flag('--no-write');

const TARGETS = { small: 50, large: 250, cli: 5, memory: 250 };
const RECORDS = quick ? 200 : 1000;

interface Results {
    date: string;
    machine: string;
    node: string;
    commit: string;
    server: string;
    cli: string;
    latency?: { small: Timings; large: Timings; largeFull: Timings; smallInWorkspace: Timings; basicOnly: boolean; sizes: { small: number; large: number } };
    check?: CliTiming;
    memory?: WorkspaceMemory;
    language?: LanguageComparison;
}

function log(text: string): void {
    process.stderr.write(text + '\n');
}

function commit(): string {
    try {
        const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
        const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
        return dirty ? `${head} with uncommitted changes` : head;
    } catch {
        return 'unknown';
    }
}


const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const mb = (n: number | undefined) => (n === undefined ? 'not measured' : `${Math.round(n)} MB`);
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

function figures(r: Results): string {
    const rows: string[] = ['| what | target | measured | |', '| --- | --- | --- | --- |'];
    if (r.latency) {
        const { small, large, largeFull, smallInWorkspace, sizes, basicOnly } = r.latency;
        rows.push(`| typing in a ${Math.round(sizes.small / 1000)} KB record: change to findings | p95 ≤ ${TARGETS.small} ms | median ${ms(small.median)}, p95 ${ms(small.p95)}, slowest ${ms(small.max)} | ${met(small.p95 <= TARGETS.small)} |`);
        rows.push(`| the same, with ${RECORDS.toLocaleString('en-GB')} other records in the workspace | p95 ≤ ${TARGETS.small} ms | median ${ms(smallInWorkspace.median)}, p95 ${ms(smallInWorkspace.p95)}, slowest ${ms(smallInWorkspace.max)} | ${met(smallInWorkspace.p95 <= TARGETS.small)} |`);
        rows.push(`| typing in a ${Math.round(sizes.large / 1000)} KB record: change to findings${basicOnly ? ' (only the basic checks ran: the record is longer than fullCheckChars)' : ''} | p95 ≤ ${TARGETS.large} ms | median ${ms(large.median)}, p95 ${ms(large.p95)}, slowest ${ms(large.max)} | ${met(large.p95 <= TARGETS.large)} |`);
        rows.push(`| the same ${Math.round(sizes.large / 1000)} KB record with every check (fullCheckChars raised) | p95 ≤ ${TARGETS.large} ms | median ${ms(largeFull.median)}, p95 ${ms(largeFull.p95)}, slowest ${ms(largeFull.max)} | ${met(largeFull.p95 <= TARGETS.large)} |`);
    }
    if (r.check) {
        const c = r.check;
        rows.push(`| command line, ${c.records.toLocaleString('en-GB')} typical records (${c.findings.toLocaleString('en-GB')} findings) | ≤ ${TARGETS.cli} s | ${c.median.toFixed(2)} s (runs: ${c.runs.map(s => s.toFixed(2)).join(', ')}) | ${met(c.median <= TARGETS.cli)} |`);
    }
    if (r.memory) {
        const { afterLoad, afterOpen, atRest } = r.memory;
        rows.push(`| server memory, ${r.memory.records.toLocaleString('en-GB')} records in the workspace, all open and checked, then a few quiet seconds | ≤ ${TARGETS.memory} MB resident | ${mb(atRest?.rss)} resident (${mb(afterLoad?.rss)} after reading the folder; ${mb(afterOpen?.rss)} just after the last of them was opened one by one, all checked in ${r.memory.checkedIn.toFixed(1)} s; peak ${mb(atRest?.peak)}) | ${atRest ? met(atRest.rss <= TARGETS.memory) : 'not measured'} |`);
        rows.push(`| the same ${r.memory.records.toLocaleString('en-GB')} records opened all at once: records whose findings never came | none | ${r.memory.lost} | ${met(r.memory.lost === 0)} |`);
    }
    if (r.language) {
        const l = r.language;
        const ours = `${Math.round(l.ours.perMs)} thousand characters a second (${ms(l.ours.ms)} for ${Math.round(l.ours.characters / 1000)} KB of prose, ${l.ours.findings} findings)`;
        rows.push(l.alex && l.ratio !== undefined
            ? `| language checks against alex ${l.alex.version}, same prose, same run | faster than alex | ours ${ours}; alex ${Math.round(l.alex.perMs)} thousand a second (${ms(l.alex.ms)}, ${l.alex.findings} findings): ours ${l.ratio.toFixed(1)}× as fast | ${met(l.ratio > 1)} |`
            : `| language checks against alex, same prose, same run | faster than alex | ours ${ours}; alex not measured: ${l.alexMissing} | not measured |`);
    }
    const built = r.server === 'out/server/main.cjs' && r.cli === 'bin/assessment-lens.js' ? '' : ` Server: ${r.server}; command line: ${r.cli}.`;
    return [
        `Measured on ${r.date} with \`npm run bench\`, on ${r.machine}, Node.js ${r.node}, at commit ${r.commit}.${built}`,
        '',
        ...rows
    ].join('\n');
}

async function main(): Promise<void> {
    const results: Results = {
        date: new Date().toISOString().slice(0, 10),
        machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown processor'}), ${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}`,
        node: process.versions.node,
        commit: commit(),
        server: server ?? 'out/server/main.cjs',
        cli: cli ?? 'bin/assessment-lens.js'
    };
    const folder = mkdtempSync(join(tmpdir(), 'assessment-lens-bench-'));
    try {
        log(`writing ${RECORDS} records to ${folder}`);
        const files = writeFamilies(join(folder, 'records'), RECORDS);
        const vocabulary = loadVocabulary();
        const small = generateAssessment(vocabulary, { size: 20_000, seed: 20 }).text;
        const large = generateAssessment(vocabulary, { size: 500_000, seed: 500 }).text;

        if (wanted('latency')) {
            const edits = quick ? 15 : 60;
            log(`typing ${edits} characters into a ${small.length} character record`);
            let client = await startServer(server);
            const smallTimings = await typingLatency(client, pathToFileURL(join(folder, 'small.assessment')).href, small, { edits, warmup: 10 });
            log(`  median ${ms(smallTimings.median)}, p95 ${ms(smallTimings.p95)}`);
            log(`typing ${Math.ceil(edits / 2)} characters into a ${large.length} character record`);
            const largeUri = pathToFileURL(join(folder, 'large.assessment')).href;
            const largeTimings = await typingLatency(client, largeUri, large, { edits: Math.ceil(edits / 2), warmup: 5 });
            const basicOnly = client.published.filter(p => p.uri === largeUri).at(-1)?.diagnostics.some(d => d.code === 'format/too-large') ?? false;
            log(`  median ${ms(largeTimings.median)}, p95 ${ms(largeTimings.p95)}`);
            await client.shutdown();
            // The same, with every check however large the record (the team's settings raise fullCheckChars).
            const everyCheck = join(folder, 'every-check');
            mkdirSync(everyCheck);
            writeFileSync(join(everyCheck, '.assessment-lens.json'), JSON.stringify({ fullCheckChars: 50_000_000 }));
            log(`typing ${Math.ceil(edits / 4)} characters into the ${large.length} character record, with every check`);
            client = await startServer(server, everyCheck);
            const largeFull = await typingLatency(client, pathToFileURL(join(everyCheck, 'large.assessment')).href, large, { edits: Math.ceil(edits / 4), warmup: 2 });
            log(`  median ${ms(largeFull.median)}, p95 ${ms(largeFull.p95)}`);
            await client.shutdown();
            log(`typing into the ${small.length} character record with ${files.length} records in the workspace`);
            client = await startServer(server, join(folder, 'records'));
            const inWorkspace = await typingLatency(client, pathToFileURL(join(folder, 'records', 'small.assessment')).href, small, { edits, warmup: 10 });
            log(`  median ${ms(inWorkspace.median)}, p95 ${ms(inWorkspace.p95)}`);
            await client.shutdown();
            results.latency = { small: smallTimings, large: largeTimings, largeFull, smallInWorkspace: inWorkspace, basicOnly, sizes: { small: small.length, large: large.length } };
        }
        if (wanted('cli')) {
            log(`checking ${files.length} records with the command line`);
            results.check = cliWallTime(join(folder, 'records'), quick ? 1 : 3, cli);
            log(`  ${results.check.median.toFixed(2)} s`);
        }
        if (wanted('memory')) {
            log(`opening ${files.length} records in the server`);
            results.memory = await workspaceMemory(join(folder, 'records'), files, server);
            log(`  ${mb(results.memory.afterOpen?.rss)} resident just after, ${mb(results.memory.atRest?.rss)} at rest, peak ${mb(results.memory.atRest?.peak)}`);
            log(`opening ${files.length} records at once`);
            const burst = await lostFindings(join(folder, 'records'), files, server);
            results.memory.lost = burst.lost.length;
            log(`  ${burst.lost.length} of ${burst.opened} never had their findings sent`);
        }
        if (wanted('language')) {
            const prose = proseOf(generateAssessment(vocabulary, { size: 300_000, seed: 7 }).text);
            log(`language checks and alex on ${prose.length} characters of prose`);
            results.language = await compareWithAlex(prose, quick ? 3 : 5);
            log(`  ours ${ms(results.language.ours.ms)}${results.language.alex ? `, alex ${ms(results.language.alex.ms)}` : `; ${results.language.alexMissing}`}`);
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }

    mkdirSync(join('out', 'bench'), { recursive: true });
    writeFileSync(join('out', 'bench', 'results.json'), JSON.stringify(results, null, 2));
    const table = figures(results);
    process.stdout.write(table + '\n');
    if (write) {
        const page = 'docs/performance.md';
        const text = readFileSync(page, 'utf8');
        const start = '<!-- figures: written by npm run bench -->';
        const end = '<!-- end of figures -->';
        const from = text.indexOf(start);
        const to = text.indexOf(end);
        if (from < 0 || to < from) throw new Error(`${page} has lost its figures markers`);
        writeFileSync(page, text.slice(0, from + start.length) + '\n' + table + '\n' + text.slice(to));
        log(`wrote the figures into ${page}`);
    }
}

await main();
