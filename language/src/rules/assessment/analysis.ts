import { isFact, isOpinion, isPerson, isQuote, isTopicSection, type TopicSection } from '../../generated/ast.js';
import evidence from '../../data/assessment-evidence.json' with { type: 'json' };
import { headRange } from '../edits.js';
import type { Rule } from '../rule.js';
import { partiesFor, sectionsOf } from '../record.js';
import { mentions } from '../text.js';
import { agenciesOf } from './agency-information.js';
import { assessmentAt, assessmentsIn, firstLine, insertSection, names, nodesOf, textOf } from './shared.js';

const STOP = new Set(evidence.stopWords);
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/** Pairs of words from where the assessment's facts and opinions come from: "attendance register", "incident log". */
function sourcePhrases(sources: string[]): Set<string> {
    const phrases = new Set<string>();
    for (const source of sources) {
        for (const piece of source.replace(DATE, ' ').split(/[,;:()]|\band\b/i)) {
            const words = piece.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
            for (let i = 0; i + 1 < words.length; i++) {
                const [a, b] = [words[i], words[i + 1]];
                if (!STOP.has(a) && !STOP.has(b) && a.length > 2 && b.length > 2) phrases.add(`${a} ${b}`);
            }
        }
    }
    return phrases;
}

/** An assessment has an analysis, and the analysis points at the evidence behind it. */
export const assessmentAnalysis: Rule = {
    id: 'assessment/analysis',
    severity: 'warning',
    description: 'An assessment has an "analysis" section that is tied to the evidence.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const sections = sectionsOf(assessment).filter((s): s is TopicSection => isTopicSection(s) && s.topic === 'analysis');
            if (sections.length === 0) {
                context.report({ range: firstLine(context.document, assessment) },
                    'There is no "analysis" section. Say what you think is happening for the children and why: the ideas you tested against the evidence, the risks, and what protects the children (Assessments and support procedure: the analysis and evaluation has been completed; Good practice guide: form hypotheses and test them against the evidence).',
                    { assessment: index });
                return;
            }
            const items = sections.flatMap(s => s.items);
            // The analysis's own facts, opinions and quotes are evidence in it.
            if (items.some(i => isFact(i) || isOpinion(i) || isQuote(i))) return;
            const text = items.map(textOf).join('\n');
            if (text.trim() && tiedToEvidence(text)) return;
            context.report({ range: headRange(context.document, sections[0]) }, text.trim()
                ? 'The analysis does not point to any evidence. Say what each judgement is based on: what a named person said or did, what an agency told you, a record such as an attendance register, or a date, and whether it fits your ideas or not (Good practice guide: be evidence based, forming hypotheses and testing them against the evidence).'
                : 'The "analysis" section is empty. Say what you think is happening for the children and why, tested against the evidence (Good practice guide: form hypotheses and test them against the evidence).',
            { assessment: index });

            function tiedToEvidence(words: string): boolean {
                if (DATE.test(words)) return true;
                if (agenciesOf(assessment).some(a => names(words, a) || (a.fullName !== undefined && mentions(words, a.fullName)))) return true;
                const sources = [
                    ...nodesOf(context, isFact, assessment).flatMap(f => (f.source ? [f.source] : [])),
                    ...nodesOf(context, isOpinion, assessment).flatMap(o => (o.basis ? [o.basis] : []))
                ];
                for (const phrase of sourcePhrases(sources)) if (mentions(words, phrase)) return true;
                const people = partiesFor(assessment).filter(isPerson);
                return words.split(/(?<=[.!?])\s+/).some(sentence =>
                    people.some(p => names(sentence, p)) && evidence.evidenceWords.some(w => mentions(sentence, w)));
            }
        });
    },
    fix({ document, data }) {
        const assessment = assessmentAt(document, data);
        if (!assessment || sectionsOf(assessment).some(s => isTopicSection(s) && s.topic === 'analysis')) return [];
        return [{
            title: 'Add an "analysis" section',
            edits: [insertSection(document, assessment, 'analysis', [
                'analysis',
                '  <what you think is happening and why; each idea you tested, and the evidence for and against it; the risks, and what protects the children>'
            ])]
        }];
    }
};
