import { evidenceCues, ruleFor } from '../../language/src/evidence/detector.js';

export type Label = 'fact' | 'said' | 'attributed' | 'opinion' | 'hearsay';

export interface LabelledStatement {
    text: string;
    label: Label;
}

export interface FactOpinionEvaluation {
    sentences: number;
    byLabel: Record<Label, number>;
    /** opinions written as facts pointed at by evidence/opinion-as-fact */
    opinionRecall: number;
    /** hearsay pointed at by evidence/hearsay */
    hearsayRecall: number;
    /** opinions and hearsay pointed at by either rule */
    recall: number;
    /** of the sentences pointed at by either rule, those labelled opinion or hearsay */
    precision: number;
    /** plain facts pointed at by either rule */
    factsFlagged: number;
    /** what named people said, and opinions with an owner, pointed at as opinion or hearsay */
    ownedFlagged: number;
    /** sentences where the checks and the labels disagree, for reading */
    misses: Array<{ text: string; label: Label; found: string[] }>;
    /** milliseconds per sentence */
    speed: number;
}

/** What the checks say about one sentence: the rules that point at it, and the words. */
export function verdict(text: string): { opinion: boolean; hearsay: boolean; found: string[] } {
    const cues = evidenceCues(text);
    return {
        opinion: cues.some(c => ruleFor(c) === 'evidence/opinion-as-fact'),
        hearsay: cues.some(c => ruleFor(c) === 'evidence/hearsay'),
        found: cues.map(c => `${c.text} (${c.kinds.join(', ')})`)
    };
}

/** Runs the detector on every labelled sentence and counts how often it agrees. */
export function evaluateFactOpinion(sentences: readonly LabelledStatement[]): FactOpinionEvaluation {
    const byLabel: Record<Label, number> = { fact: 0, said: 0, attributed: 0, opinion: 0, hearsay: 0 };
    let opinionHit = 0;
    let hearsayHit = 0;
    let eitherHit = 0;
    let flagged = 0;
    let rightlyFlagged = 0;
    let factsFlagged = 0;
    let ownedFlagged = 0;
    const misses: FactOpinionEvaluation['misses'] = [];
    const started = performance.now();
    for (const s of sentences) {
        byLabel[s.label]++;
        const v = verdict(s.text);
        const any = v.opinion || v.hearsay;
        if (any) flagged++;
        const wanted = s.label === 'opinion' || s.label === 'hearsay';
        if (wanted && any) {
            eitherHit++;
            rightlyFlagged++;
        }
        if (s.label === 'opinion' && v.opinion) opinionHit++;
        if (s.label === 'hearsay' && v.hearsay) hearsayHit++;
        if (s.label === 'fact' && any) factsFlagged++;
        if ((s.label === 'said' || s.label === 'attributed') && any) ownedFlagged++;
        const right = s.label === 'opinion' ? v.opinion : s.label === 'hearsay' ? v.hearsay : !any;
        if (!right) misses.push({ text: s.text, label: s.label, found: v.found });
    }
    const speed = (performance.now() - started) / Math.max(1, sentences.length);
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    return {
        sentences: sentences.length,
        byLabel,
        opinionRecall: ratio(opinionHit, byLabel.opinion),
        hearsayRecall: ratio(hearsayHit, byLabel.hearsay),
        recall: ratio(eitherHit, byLabel.opinion + byLabel.hearsay),
        precision: ratio(rightlyFlagged, flagged),
        factsFlagged: ratio(factsFlagged, byLabel.fact),
        ownedFlagged: ratio(ownedFlagged, byLabel.said + byLabel.attributed),
        misses,
        speed
    };
}
