import type { Rule } from '../rule.js';
import { replacementFixes } from './replace.js';
import { asWritten, instead, placedFindings, rangeOf } from './shared.js';

/** Care-system and public-sector jargon, with the plain words to use instead. */
export const languageJargon: Rule = {
    id: 'language/jargon',
    severity: 'info',
    description: 'Plain words instead of care-system and public-sector jargon.',
    prose: true,
    check(context) {
        for (const f of placedFindings(context)) {
            if (f.kind !== 'jargon') continue;
            context.report({ range: rangeOf(context.document, f.from, f.to) },
                `"${asWritten(f.text)}" is ${f.entry.category}. ${instead(f.entry)} ${f.entry.why} (${f.entry.source})`,
                { term: f.entry.term, alternatives: f.entry.alternatives });
        }
    },
    fix: replacementFixes
};
