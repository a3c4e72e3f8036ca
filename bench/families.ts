import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFamily, loadVocabulary } from './generate.js';

/** A folder of typical records: an assessment and a plan for each family. */
export function writeFamilies(folder: string, count: number): string[] {
    const vocabulary = loadVocabulary();
    const files: string[] = [];
    for (let seed = 1; files.length < count; seed++) {
        const family = generateFamily(vocabulary, seed);
        const dir = join(folder, `team-${seed % 10}`);
        mkdirSync(dir, { recursive: true });
        for (const [name, text] of [[`family-${seed}.assessment`, family.assessment], [`family-${seed}.plan`, family.plan]]) {
            if (files.length >= count) break;
            const file = join(dir, name);
            writeFileSync(file, text);
            files.push(file);
        }
    }
    return files;
}
