import type { Rule } from '../rule.js';
import { replacementFixes } from './replace.js';
import { asWritten, instead, placedFindings, rangeOf } from './shared.js';

const WHAT: Record<string, string> = {
    'blaming language': 'blames the family',
    'exploitation language': 'blames a child for harm done to them',
    'behaviour label': 'labels the child instead of saying what happened, which can blame them'
};

/** Words that blame a family or a child, or label a child, with what to write instead. */
export const languageBlaming: Rule = {
    id: 'language/blaming',
    severity: 'warning',
    description: 'No words that blame a family or a child for what is happening to them.',
    prose: true,
    check(context) {
        for (const f of placedFindings(context)) {
            if (f.kind !== 'blaming') continue;
            context.report({ range: rangeOf(context.document, f.from, f.to) },
                `"${asWritten(f.text)}" ${WHAT[f.entry.category] ?? 'blames'}. ${instead(f.entry)} ${f.entry.why} (${f.entry.source})`,
                { term: f.entry.term, alternatives: f.entry.alternatives });
        }
    },
    fix: replacementFixes
};
