import { languageFindings } from '../../language/src/prose/language-findings.js';
import type { TermMatcher } from '../../language/src/prose/term-matcher.js';

export interface LabelledSentence {
    text: string;
    /** the exact pieces of the text that should be pointed at, in order */
    flag: string[];
    source: string;
}

export interface Evaluation {
    sentences: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number;
    recall: number;
    /** sentences where the checks and the labels disagree, for reading */
    misses: Array<{ text: string; expected: string[]; found: string[] }>;
}

/**
 * Where each labelled piece stands in its sentence, left to right. A label names a piece by
 * its words, so when the same words stand twice ("eye contact ... contact with Idris") the
 * occurrence the checks point at is taken, if either is.
 */
function spans(text: string, pieces: readonly string[], found: ReadonlySet<string>): string[] {
    const result: string[] = [];
    let from = 0;
    for (const piece of pieces) {
        const occurrences: number[] = [];
        for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) occurrences.push(at);
        if (occurrences.length === 0) throw new Error(`"${piece}" is not in: ${text}`);
        const at = occurrences.find(o => found.has(`${o}:${o + piece.length}`)) ?? occurrences[0];
        result.push(`${at}:${at + piece.length}`);
        from = at + piece.length;
    }
    return result;
}

/** Compares what the checks point at with the labels; a piece counts only when its start and end are the same. */
export function evaluate(sentences: readonly LabelledSentence[], matcher: TermMatcher): Evaluation {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: Evaluation['misses'] = [];
    for (const sentence of sentences) {
        const findings = languageFindings(matcher, sentence.text);
        const found = new Set(findings.map(f => `${f.start}:${f.end}`));
        const expected = new Set(spans(sentence.text, sentence.flag, found));
        let agree = true;
        for (const span of found) {
            if (expected.has(span)) tp++;
            else { fp++; agree = false; }
        }
        for (const span of expected) {
            if (!found.has(span)) { fn++; agree = false; }
        }
        if (!agree) misses.push({ text: sentence.text, expected: sentence.flag, found: findings.map(f => f.text) });
    }
    return {
        sentences: sentences.length,
        truePositives: tp,
        falsePositives: fp,
        falseNegatives: fn,
        precision: tp + fp === 0 ? 1 : tp / (tp + fp),
        recall: tp + fn === 0 ? 1 : tp / (tp + fn),
        misses
    };
}
