/**
 * Measures how well the language checks find jargon, blaming words and unexplained acronyms,
 * on the labelled sentences in test/data, and writes docs/quality.md.
 * Run with: npm run measure
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { BUILT_IN_GLOSSARY } from '../../language/src/prose/glossary.js';
import { TermMatcher } from '../../language/src/prose/term-matcher.js';
import { evaluate, type Evaluation, type LabelledSentence } from './jargon-evaluation.js';

const load = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { sentences: LabelledSentence[] }).sentences;
const matcher = new TermMatcher(BUILT_IN_GLOSSARY);
const main = evaluate(load('test/data/jargon-sentences.json'), matcher);
const heldOut = evaluate(load('test/data/jargon-sentences-heldout.json'), matcher);

const categories = new Map<string, number>();
for (const e of BUILT_IN_GLOSSARY) categories.set(e.category, (categories.get(e.category) ?? 0) + 1);
const traps = load('test/data/jargon-sentences.json').filter(s => s.flag.length === 0).length;

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const row = (name: string, e: Evaluation) =>
    `| ${name} | ${e.sentences} | ${e.truePositives} | ${e.falsePositives} | ${e.falseNegatives} | ${pct(e.precision)} | ${pct(e.recall)} |`;

const report = `# How well the language checks work

This page is written by \`npm run measure\`; do not edit it by hand.

The rules \`language/jargon\`, \`language/blaming\` and \`language/acronym\` share one matcher,
driven by the built-in glossary (${BUILT_IN_GLOSSARY.length} entries: ${[...categories].map(([c, n]) => `${n} ${c}`).join(', ')}).
It is measured on sentences written the way social workers write records, each labelled with
the exact words that should be pointed at. A word pointed at counts as right only when its
start and end are exactly those of a labelled word.

| set | sentences | right | pointed at wrongly | missed | precision | recall |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('labelled set', main)}
${row('written afterwards', heldOut)}

- **Labelled set** (\`test/data/jargon-sentences.json\`): written together with the glossary.
  ${traps} of its ${main.sentences} sentences are traps that hold a glossary word in its everyday
  sense ("contact details", "a work experience placement", "the baby monitor") or inside
  someone's quoted words, and must not be pointed at. Because the glossary was written with
  these sentences in view, its figures show that the matcher does what the labels say, more
  than how it does on new writing.
- **Written afterwards** (\`test/data/jargon-sentences-heldout.json\`): sentences written after
  the glossary was finished and never used to change it. This is the fairer figure for new
  writing.${heldOut.misses.length ? ` Where it and the labels disagree:\n\n${heldOut.misses.map(m => `  - "${m.text}" — labelled ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}`).join('\n')}` : ''}

\`test/unit/language-quality.test.ts\` fails if precision or recall on the labelled set drops
below 90%, or on the sentences written afterwards below 80%.

Measured on ${new Date().toISOString().slice(0, 10)}, Node.js ${process.versions.node}, ${cpus().length} cores
(${cpus()[0]?.model.trim() ?? 'unknown processor'}), with \`npm run measure\`.
`;

writeFileSync('docs/quality.md', report);
process.stdout.write(`labelled set: precision ${pct(main.precision)}, recall ${pct(main.recall)}; `
    + `written afterwards: precision ${pct(heldOut.precision)}, recall ${pct(heldOut.recall)}\nwrote docs/quality.md\n`);
