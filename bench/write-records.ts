/**
 * Writes synthetic records to a folder, for profiling by hand:
 *   node scripts/run-ts.mjs bench/write-records.ts <folder> [count=1000] [size in characters, for one long assessment]
 * With a size, it writes one assessment of about that size instead of typical families.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFamilies } from './families.js';
import { generateAssessment, loadVocabulary } from './generate.js';

const [folder, countText = '1000', sizeText] = process.argv.slice(2);
if (!folder) {
    process.stderr.write('usage: node scripts/run-ts.mjs bench/write-records.ts <folder> [count] [size]\n');
    process.exit(2);
}
mkdirSync(folder, { recursive: true });
if (sizeText) {
    writeFileSync(join(folder, `long-${sizeText}.assessment`), generateAssessment(loadVocabulary(), { size: Number(sizeText), seed: 1 }).text);
} else {
    writeFamilies(folder, Number(countText));
}
