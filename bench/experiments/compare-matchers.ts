/**
 * Checks that the experimental term matcher finds exactly what the product's finds, and
 * times both:  node scripts/run-ts.mjs bench/experiments/compare-matchers.ts
 */
import { readFileSync } from 'node:fs';
import { BUILT_IN_GLOSSARY } from '../../language/src/prose/glossary.js';
import { TermMatcher as Original } from '../../language/src/prose/term-matcher.js';
import { generateAssessment, loadVocabulary } from '../generate.js';
import { proseOf } from '../language.js';
import { TermMatcher as Indexed } from './term-matcher.js';

const original = new Original(BUILT_IN_GLOSSARY);
const indexed = new Indexed(BUILT_IN_GLOSSARY);
const sentences = ['test/data/jargon-sentences.json', 'test/data/jargon-sentences-heldout.json']
    .flatMap(f => (JSON.parse(readFileSync(f, 'utf8')) as { sentences: Array<{ text: string }> }).sentences.map(s => s.text));
const glossaryText = BUILT_IN_GLOSSARY.flatMap(e => [e.term, ...(e.variants ?? [])].map(f => `The ${f}s and ${f.toUpperCase()}'s, ${f}.`)).join(' ');
const prose = proseOf(generateAssessment(loadVocabulary(), { size: 300_000, seed: 7 }).text);
const texts = [...sentences, glossaryText, prose];

const show = (m: { start: number; end: number; entry: { term: string } }) => `${m.start}-${m.end} ${m.entry.term}`;
let differences = 0;
for (const text of texts) {
    const a = original.find(text).map(show).join('\n');
    const b = indexed.find(text).map(show).join('\n');
    if (a !== b) {
        differences++;
        if (differences <= 3) process.stdout.write(`different on: ${text.slice(0, 200)}\n--- original\n${a.slice(0, 500)}\n--- indexed\n${b.slice(0, 500)}\n`);
    }
}
const time = (matcher: { find(text: string): unknown }) => {
    matcher.find(prose);
    const started = performance.now();
    for (let i = 0; i < 3; i++) matcher.find(prose);
    return (performance.now() - started) / 3;
};
process.stdout.write(`${texts.length} texts, ${differences} with different matches\n`
    + `${prose.length} characters of prose: original ${time(original).toFixed(1)} ms, indexed ${time(indexed).toFixed(1)} ms\n`);
