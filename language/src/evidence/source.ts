import source from '../data/evidence-source.json' with { type: 'json' };
import { phrasesPattern } from './phrases.js';
import { wordsIn } from './words.js';

/** What a fact's `source:` line says: who saw, said or recorded it, and when. */
export interface SourceReading {
    who: boolean;
    when: boolean;
    /** written as a skeleton still to fill in: `<who saw it, and when>` */
    placeholder: boolean;
}

const WHO = new Set(source.who);
const WHEN = phrasesPattern(source.when);
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)\b/;
const MONTH_OR_DAY = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Reads a source line. It says who when it names someone from the people section, has a name
 * with a capital letter after its first word ("Dr Patel", "Mrs Khan"), or uses a word such as
 * school, police, health visitor, register or my; it says when when it has a date, a month, a
 * year, a day of the week, or words such as "yesterday" or "autumn term".
 */
export function readSource(text: string, names: readonly string[]): SourceReading {
    const placeholder = /<[^>]*>/.test(text);
    const words = wordsIn(text);
    const known = new Set(names.map(n => n.toLowerCase()));
    const who = words.some((w, i) => known.has(w.key) || WHO.has(w.key) || (i > 0 && /^\p{Lu}/u.test(w.text) && !MONTH_OR_DAY.test(w.text)));
    WHEN.lastIndex = 0;
    const when = DATE.test(text) || MONTH_OR_DAY.test(text) || WHEN.test(text);
    return { who, when, placeholder };
}
