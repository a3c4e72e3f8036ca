import { isDecision } from '../../generated/ast.js';
import decisions from '../../data/assessment-decisions.json' with { type: 'json' };
import { insertLinesAfter } from '../edits.js';
import type { Rule } from '../rule.js';
import { sectionsOf } from '../record.js';
import { mentions } from '../text.js';
import { assessmentAt, assessmentsIn, firstLine } from './shared.js';

const CHOICES = decisions.outcomes.map(o => o.name).join('; ');
const WHY = '(Assessments and support procedure: the outcomes of an assessment)';

/** The outcome a decision line names, if any. */
export function outcomeOf(choice: string): string | undefined {
    const text = choice.replace(/[’‘]/g, "'");
    return decisions.outcomes.find(o => o.phrases.some(p => mentions(text, p)))?.name;
}

function shortFormIn(choice: string): [string, string] | undefined {
    const entries = Object.entries(decisions.shortForms as Record<string, string>);
    return entries.find(([short]) => new RegExp(`(?<![\\p{L}\\p{N}.])${short.replace('.', '\\.')}(?![\\p{L}\\p{N}])`, 'u').test(choice));
}

/** An assessment ends with a decision, and the decision is one of the outcomes of an assessment. */
export const assessmentDecision: Rule = {
    id: 'assessment/decision',
    severity: 'error',
    description: 'An assessment has a "decision:" line naming one of the outcomes of an assessment.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const found = sectionsOf(assessment).filter(isDecision);
            if (found.length === 0) {
                context.report({ range: firstLine(context.document, assessment) },
                    `There is no "decision:" line. Say what happens next, as one of: ${CHOICES}; then say why ${WHY}.`,
                    { assessment: index, missing: true });
                return;
            }
            for (const decision of found) {
                const choice = decision.choice?.trim() ?? '';
                if (!choice) {
                    context.report({ node: decision, keyword: 'decision:' },
                        `The decision line is empty. Write one of: ${CHOICES} ${WHY}.`);
                    continue;
                }
                if (outcomeOf(choice)) continue;
                const short = shortFormIn(choice);
                context.report({ node: decision, property: 'choice' }, short
                    ? `"${short[0]}" is short for "${short[1]}". Write the decision in full, so that the family can read it, as one of: ${CHOICES} ${WHY}.`
                    : `"${choice}" is not one of the outcomes of an assessment. Write one of: ${CHOICES} ${WHY}.`);
            }
        });
    },
    fix({ document, data }) {
        if (!data.missing) return [];
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        const choices = decisions.outcomes.map(o => o.name.replace(/ \(.*\)$/, '').replace(' or ', ' / ').replace(' and ', ' / '));
        return choices.map(choice => ({
            title: `Add "decision: ${choice}"`,
            edits: [insertLinesAfter(document, assessment, ['', `decision: ${choice}`, '', '  <why, in words the family can understand>'], '')]
        }));
    }
};
