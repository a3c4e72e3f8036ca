import { isPurposeField } from '../../generated/ast.js';
import type { Rule } from '../rule.js';
import { headerIndent } from '../record.js';
import { assessmentAt, assessmentsIn, firstLine, insertAfterHeader } from './shared.js';

const PLACEHOLDER = '<why this assessment is needed and what it needs to find out>';

/** An assessment says why it is being done. */
export const assessmentPurpose: Rule = {
    id: 'assessment/purpose',
    severity: 'warning',
    description: 'An assessment says why it is needed, on a "purpose:" line.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const purposes = assessment.fields.filter(isPurposeField);
            if (purposes.some(p => p.text?.trim())) return;
            if (purposes.length > 0) {
                context.report({ node: purposes[0], keyword: 'purpose:' },
                    'The "purpose:" line is empty. Say why this assessment is needed and what it needs to find out, so the family and everyone helping understand what it is for (Good practice guide: be clear from the outset why an assessment is necessary).',
                    { assessment: index, empty: true });
                return;
            }
            context.report({ range: firstLine(context.document, assessment) },
                'This assessment does not say why it is being done. Add a "purpose:" line under the header lines: why the assessment is needed and what it needs to find out (Good practice guide: be clear from the outset why an assessment is necessary).',
                { assessment: index });
        });
    },
    fix({ document, data }) {
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        const empty = assessment.fields.find(isPurposeField);
        if (empty) {
            if (empty.text?.trim()) return [];
            const end = empty.$cstNode!.range.end;
            return [{ title: 'Fill in the purpose', edits: [{ range: { start: end, end }, newText: ` ${PLACEHOLDER}` }] }];
        }
        const indent = headerIndent(document, assessment);
        return [{ title: 'Add a "purpose:" line', edits: [insertAfterHeader(document, assessment, [`purpose: ${PLACEHOLDER}`], indent)] }];
    }
};
