import type { Rule } from '../rule.js';
import { placedFindings, rangeOf } from './shared.js';

/** An acronym is spelt out the first time a record uses it. */
export const languageAcronym: Rule = {
    id: 'language/acronym',
    severity: 'info',
    description: 'Every acronym is spelt out the first time the record uses it.',
    prose: true,
    check(context) {
        const seen = new Set<string>();
        for (const f of placedFindings(context)) {
            if (f.kind !== 'acronym' || seen.has(f.entry.term)) continue;
            seen.add(f.entry.term);
            const plain = f.entry.alternatives[0];
            context.report({ range: rangeOf(context.document, f.from, f.to) },
                `"${f.text}" is not spelt out. The first time, write "${f.entry.expansion} (${f.text})"`
                + `${plain ? `, or simply "${plain}"` : ''}; a family reading the record may not know it. ${f.entry.instruction ?? ''}`.trimEnd(),
                { expansion: f.entry.expansion, alternatives: f.entry.alternatives });
        }
    },
    fix({ document, diagnostic, data }) {
        const acronym = document.textDocument.getText(diagnostic.range);
        if (typeof data.expansion !== 'string') return [];
        return [{
            title: `Spell it out: "${data.expansion} (${acronym})"`,
            edits: [{ range: { start: diagnostic.range.start, end: diagnostic.range.start }, newText: `${data.expansion} (` },
                { range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ')' }],
            preferred: true,
            fixAll: true
        }];
    }
};
