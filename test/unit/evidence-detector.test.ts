import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evidenceCues, ruleFor } from '../../language/src/evidence/detector.js';
import { quotedSpans } from '../../language/src/evidence/quotes.js';
import { readSource } from '../../language/src/evidence/source.js';

const words = (text: string) => evidenceCues(text).map(c => `${c.text}:${c.kinds.join('+')}`);

describe('the sentence logic of the fact and opinion checks', () => {
    test('words in quotes are the speaker\'s own', () => {
        expect(words('Sara said "the flat is chaotic".')).toEqual([]);
        expect(words('Mia said her mum is ‘always shouting’.')).toEqual([]);
        expect(words('The flat is chaotic.')).toEqual(['chaotic:evaluative']);
    });

    test('what a named person said or thinks is theirs, to the end of that part of the sentence', () => {
        expect(words('The school said Mia is always tired.')).toEqual([]);
        expect(words('Mia never has breakfast at home, she told her teacher.')).toEqual([]);
        expect(words('According to the police, the house was filthy.')).toEqual([]);
        expect(words('Kelly said she is fine, but she is struggling.')).toEqual(['struggling:evaluative']);
    });

    test('a vague source makes it hearsay', () => {
        expect(words('Neighbours say the children are left alone.')).toEqual(['Neighbours say:hearsay']);
        expect(words('A neighbour, Mrs Khan, said the children were left alone.')).toEqual([]);
    });

    test('negation and tense: absolutes that are facts are left alone', () => {
        expect(words('Mum does not always answer the phone.')).toEqual([]);
        expect(words('Kelly has always lived in Millbrook.')).toEqual([]);
        expect(words('Lee never came to the meeting.')).toEqual([]);
        expect(words('Lee never comes to meetings.')).toEqual(['never:absolute']);
        expect(words('Leanne will never stop drinking.')).toEqual(['never:absolute']);
    });

    test('your own view counts only without its basis in the same writing', () => {
        expect(words('I think Mia is frightened at home.')).toEqual(['I think:first-person']);
        expect(words('I think Mia is frightened at home, because she hid when the door banged.')).toEqual([]);
    });

    test('"appeared in court" is not a guess, and a change with figures is a fact', () => {
        expect(words('Kelly appeared in court on 3 March.')).toEqual([]);
        expect(words('Attendance improved from 78% to 92%.')).toEqual([]);
        expect(words('Attendance has improved.')).toEqual(['improved:trend']);
    });

    test('a passive that hides who saw it is hearsay; with "by" and a name it is not', () => {
        expect(evidenceCues('Kelly was seen drinking in the park.').map(ruleFor)).toEqual(['evidence/hearsay']);
        expect(words('Kelly was described as hostile by the school.')).toEqual([]);
    });
});

describe('what a source line says', () => {
    test('who, when, neither, or a skeleton to fill in', () => {
        expect(readSource('School, attendance register, 15/01/2026', ['School'])).toEqual({ who: true, when: true, placeholder: false });
        expect(readSource('home visit', [])).toEqual({ who: false, when: false, placeholder: false });
        expect(readSource('Dr Patel', [])).toMatchObject({ who: true });
        expect(readSource('visit on 9 January', [])).toMatchObject({ who: false, when: true });
        expect(readSource('<who saw it, and when>', [])).toMatchObject({ placeholder: true });
    });
});

test('on any writing, cues lie inside the text and never inside quotes', () => {
    const piece = fc.constantFrom('Mum', 'said', '"chaotic"', 'appears', 'never', 'it was reported that', 'I feel', 'because', 'the school', ',', '.', ' ',
        '\n    ', 'very', 'happy', 'has', 'always', '‘', '’', 'by', 'neighbours say', 'according to', ';', 'but', 'Kelly', 'consistent with');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), parts => {
        const text = parts.join(' ');
        const quotes = quotedSpans(text);
        for (const cue of evidenceCues(text)) {
            expect(cue.start).toBeGreaterThanOrEqual(0);
            expect(cue.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(cue.start, cue.end)).toBe(cue.text);
            expect(quotes.some(([a, b]) => cue.start < b && cue.end > a)).toBe(false);
        }
    }), { numRuns: 300 });
});
