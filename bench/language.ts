/**
 * The language checks (jargon, blaming words, acronyms, readability, long sentences) against
 * alex, the best-known checker of insensitive writing, on the same prose in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createAssessmentLensServices, RULES } from '../language/src/index.js';

export interface Throughput {
    /** characters of prose */
    characters: number;
    /** median milliseconds for the whole prose */
    ms: number;
    /** characters per millisecond = thousands of characters per second */
    perMs: number;
    /** how many things the checker pointed out */
    findings?: number;
}

export interface LanguageComparison {
    ours: Throughput;
    alex?: Throughput & { version: string };
    /** how many times faster ours is than alex (above 1: faster) */
    ratio?: number;
    /** why alex was not measured */
    alexMissing?: string;
}

/** The prose of a record, without its labels, headings, names and dates: what alex would be given. */
export function proseOf(record: string): string {
    const paragraphs: string[] = [];
    let current: string[] = [];
    const flush = () => {
        if (current.length) paragraphs.push(current.join(' '));
        current = [];
    };
    for (const raw of record.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || /^(assessment|plan|people|voice of|views of|history|worries)\b/.test(line)
            || /^(child|mother|father|grandmother|aunt|worker|agency) /.test(line) || !/\s/.test(line)) {
            flush();
            continue;
        }
        const labelled = /^(?:[\p{L}\d][\p{L}\d']*(?: [\p{L}\d'-]+){0,2}:|>|- (?:\S+ )?)\s*(.*)$/u.exec(line);
        if (labelled) {
            flush();
            current.push(labelled[1]);
        } else {
            current.push(line);
        }
    }
    flush();
    return paragraphs.filter(p => p.trim() !== '').join('\n\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(run: () => void | Promise<void>, rounds: number): Promise<number> {
    return (async () => {
        await run(); // warm up
        const samples: number[] = [];
        for (let i = 0; i < rounds; i++) {
            const started = performance.now();
            await run();
            samples.push(performance.now() - started);
        }
        return median(samples);
    })();
}

/** Our language checks over the prose, written as the analysis section of a record: reading it and checking it, nothing else. */
async function ours(prose: string, rounds: number): Promise<Throughput> {
    const { shared, AssessmentLens } = createAssessmentLensServices(EmptyFileSystem);
    const rules = Object.fromEntries(RULES.map(r => [r.id, r.id.startsWith('language/') ? r.severity : 'off' as const]));
    // Every check, however long the prose (fullCheckChars would otherwise leave the language checks out).
    AssessmentLens.lens.Settings.set({ today: '2026-05-01', rules, fullCheckChars: 1_000_000_000 });
    const record = 'assessment "Prose"\n\nanalysis\n' + prose.split('\n\n').map(p => `  ${p}`).join('\n\n') + '\n';
    let n = 0;
    let findings = 0;
    const ms = await time(async () => {
        const uri = URI.file(`/bench/prose-${n++}.assessment`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(record, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        findings = (document.diagnostics ?? []).filter(d => String(d.code).startsWith('language/')).length;
        shared.workspace.LangiumDocuments.deleteDocument(uri);
    }, rounds);
    if (findings === 0) throw new Error('the language checks found nothing in the prose: they did not run');
    return { characters: prose.length, ms, perMs: prose.length / ms, findings };
}

export async function compareWithAlex(prose: string, rounds = 5): Promise<LanguageComparison> {
    const result: LanguageComparison = { ours: await ours(prose, rounds) };
    let alex: { text: (value: string) => unknown };
    let version = '';
    try {
        const name = 'alex';
        alex = await import(name) as typeof alex;
        version = (JSON.parse(readFileSync(join('node_modules', 'alex', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
        result.alexMissing = 'alex is not installed (it is a development dependency of the benchmarks only: npm install --save-dev alex)';
        return result;
    }
    let findings = 0;
    const ms = await time(() => { findings = (alex.text(prose) as { messages?: unknown[] }).messages?.length ?? 0; }, rounds);
    result.alex = { characters: prose.length, ms, perMs: prose.length / ms, version, findings };
    result.ratio = ms / result.ours.ms;
    return result;
}
