import { spelledOutAt } from './acronyms.js';
import type { GlossaryEntry } from './glossary.js';
import type { TermMatch, TermMatcher } from './term-matcher.js';

/** What the language rules would point at in a text: jargon, blaming words, and acronyms not yet explained. */
export interface LanguageFinding extends TermMatch {
    kind: 'jargon' | 'blaming' | 'acronym';
}

export function kindOf(entry: GlossaryEntry): LanguageFinding['kind'] {
    switch (entry.category) {
        case 'acronym': return 'acronym';
        case 'blaming language':
        case 'exploitation language':
        case 'behaviour label': return 'blaming';
        default: return 'jargon';
    }
}

/**
 * The terms to point at in a text. An acronym counts only where it has not been spelt out
 * earlier in `context` (the whole record), as "Child in Need (CIN)" or "CIN (Child in Need)";
 * `offset` is where `text` starts in `context`.
 */
export function languageFindings(matcher: TermMatcher, text: string, context = text, offset = 0): LanguageFinding[] {
    const explained = new Map<GlossaryEntry, number>();
    const findings: LanguageFinding[] = [];
    for (const match of matcher.find(text)) {
        const kind = kindOf(match.entry);
        if (kind === 'acronym') {
            if (!explained.has(match.entry)) explained.set(match.entry, Math.min(Infinity, ...spelledOutAt(context, match.entry)));
            if (explained.get(match.entry)! <= offset + match.start) continue;
        }
        findings.push({ ...match, kind });
    }
    return findings;
}
