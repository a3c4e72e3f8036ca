import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { evaluateFactOpinion, type LabelledStatement } from '../../scripts/measure/fact-opinion-evaluation.js';

const load = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { sentences: LabelledStatement[] }).sentences;
const report = (e: ReturnType<typeof evaluateFactOpinion>) =>
    `found ${e.recall.toFixed(3)} (opinions ${e.opinionRecall.toFixed(3)}, hearsay ${e.hearsayRecall.toFixed(3)}), precision ${e.precision.toFixed(3)}, `
    + `facts pointed at ${e.factsFlagged.toFixed(3)}, owned pointed at ${e.ownedFlagged.toFixed(3)}\n`
    + e.misses.map(m => `${m.label}: ${m.text}\n   ${m.found.join(' | ')}`).join('\n');

test('the labelled set: opinions and hearsay are found, plain facts are left alone', () => {
    const result = evaluateFactOpinion(load('test/data/fact-opinion-sentences.json'));
    console.log(`labelled set: ${report(result)}`);
    expect(result.sentences).toBeGreaterThanOrEqual(300);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.opinionRecall).toBeGreaterThanOrEqual(0.95);
    expect(result.hearsayRecall).toBeGreaterThanOrEqual(0.95);
    expect(result.factsFlagged).toBeLessThanOrEqual(0.05);
    expect(result.ownedFlagged).toBeLessThanOrEqual(0.05);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
});

test('the development set holds its figures', () => {
    const result = evaluateFactOpinion(load('test/data/fact-opinion-sentences-development.json'));
    console.log(`development set: ${report(result)}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.factsFlagged).toBeLessThanOrEqual(0.05);
    expect(result.ownedFlagged).toBeLessThanOrEqual(0.05);
});

test('on sentences never used to change the word lists, the figures do not drop below those measured', () => {
    const result = evaluateFactOpinion(load('test/data/fact-opinion-sentences-heldout.json'));
    console.log(`held-out set: ${report(result)}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.7);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.factsFlagged).toBeLessThanOrEqual(0.05);
    expect(result.ownedFlagged).toBeLessThanOrEqual(0.05);
});

test('every labelled sentence has a known label and is there once', () => {
    const all = ['test/data/fact-opinion-sentences.json', 'test/data/fact-opinion-sentences-development.json', 'test/data/fact-opinion-sentences-heldout.json'].flatMap(load);
    for (const s of all) expect(['fact', 'said', 'attributed', 'opinion', 'hearsay']).toContain(s.label);
    expect(new Set(all.map(s => s.text)).size).toBe(all.length);
});
