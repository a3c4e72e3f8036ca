import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BUILT_IN_GLOSSARY } from '../../language/src/prose/glossary.js';
import { TermMatcher } from '../../language/src/prose/term-matcher.js';
import { evaluate, type LabelledSentence } from '../../scripts/measure/jargon-evaluation.js';

const set = JSON.parse(readFileSync('test/data/jargon-sentences.json', 'utf8')) as { sentences: LabelledSentence[] };

test('jargon, blaming words and unexplained acronyms are found with high precision and recall', () => {
    const result = evaluate(set.sentences, new TermMatcher(BUILT_IN_GLOSSARY));
    const report = result.misses.slice(0, 40).map(m => `${m.text}\n   expected ${JSON.stringify(m.expected)} found ${JSON.stringify(m.found)}`).join('\n');
    console.log(`precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)} misses ${result.misses.length}\n${report}`);
    expect(result.sentences).toBeGreaterThanOrEqual(300);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
});

test('on sentences written after the glossary was finished, the figures hold up', () => {
    const heldOut = JSON.parse(readFileSync('test/data/jargon-sentences-heldout.json', 'utf8')) as { sentences: LabelledSentence[] };
    const result = evaluate(heldOut.sentences, new TermMatcher(BUILT_IN_GLOSSARY));
    console.log(`held out: precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)}\n`
        + result.misses.map(m => `${m.text}\n   expected ${JSON.stringify(m.expected)} found ${JSON.stringify(m.found)}`).join('\n'));
    expect(result.precision).toBeGreaterThanOrEqual(0.8);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
});
