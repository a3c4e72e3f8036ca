import { isOutcome, isPlan } from '../../generated/ast.js';
import { insertLinesAfterOffset, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { capital } from '../text.js';
import { endOfOutcomeHead, innerIndent, outcomeName, outcomeTarget } from './shared.js';

/** Every outcome says how everyone will know it has been reached. */
export const outcomeMeasure: Rule = {
    id: 'outcome/measure',
    severity: 'warning',
    description: 'Every outcome has a measure: how everyone will know it has been reached.',
    check(context) {
        for (const outcome of context.nodes(isOutcome)) {
            if (!isPlan(outcome.$container)) continue;
            if (outcome.measures.some(m => m.text)) continue;
            context.report(outcomeTarget(context.document, outcome), outcome.measures.length === 0
                ? `${capital(outcomeName(outcome))} has no measure. Add a "measure:" line under it saying how everyone, the family `
                    + 'too, will know it has been reached: what people will see, or what a record will show '
                    + '(Good practice guide, What is a Good Plan?: a good plan sets out how it will be evaluated).'
                : `The "measure:" line under ${outcomeName(outcome)} is empty. Write how everyone will know the change has happened.`);
        }
    },
    fix({ document, diagnostic }) {
        const outcome = nodeStartingOn(document, diagnostic.range.start.line, isOutcome);
        if (!outcome || outcome.measures.length > 0) return [];
        return [{
            title: 'Add a "measure:" line to this outcome',
            edits: [insertLinesAfterOffset(document, endOfOutcomeHead(outcome),
                ['measure: <how everyone will know this has changed for the child>'], innerIndent(document, outcome))],
            fixAll: true
        }];
    }
};
