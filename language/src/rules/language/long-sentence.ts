import { sentencesOf } from '../../prose/sentences.js';
import type { Rule } from '../rule.js';
import { proseRuns, rangeOf } from './shared.js';

/** A sentence so long that a reader loses its thread. */
export const languageLongSentence: Rule = {
    id: 'language/long-sentence',
    severity: 'info',
    description: 'No sentence is so long that the reader loses its thread.',
    prose: true,
    check(context) {
        const limit = context.settings.longSentenceWords;
        for (const run of proseRuns(context.document)) {
            for (const sentence of sentencesOf(run.text)) {
                if (sentence.words.length <= limit) continue;
                context.report({ range: rangeOf(context.document, run.offset + sentence.start, run.offset + sentence.end) },
                    `This sentence has ${sentence.words.length} words. Split it into two or three (aim for ${limit} or fewer), so that the family can follow it.`);
            }
        }
    }
};
