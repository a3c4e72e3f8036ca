import { isTopicSection } from '../../generated/ast.js';
import { headRange, insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { sectionsOf } from '../record.js';
import { assessmentAt, assessmentsIn, firstLine, hasContent, insertSection } from './shared.js';

const PLACEHOLDER = '<what is working well: what the family does that keeps the children safe and well, and who helps>';

/** An assessment records what is working well. */
export const assessmentStrengths: Rule = {
    id: 'assessment/strengths',
    severity: 'warning',
    description: 'An assessment has a "strengths" section saying what is working well.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const sections = sectionsOf(assessment).filter(s => isTopicSection(s) && s.topic === 'strengths');
            if (sections.some(s => isTopicSection(s) && s.items.some(hasContent))) return;
            const why = '(Principles of good assessment: build on strengths as well as identifying difficulties; Good practice guide: make sure the strengths within the family are understood)';
            if (sections.length > 0) {
                context.report({ range: headRange(context.document, sections[0]) },
                    `The "strengths" section is empty. Write what is working well in this family: what the parents, the children and the people around them do that helps ${why}.`,
                    { assessment: index, empty: true });
            } else {
                context.report({ range: firstLine(context.document, assessment) },
                    `There is no "strengths" section. Say what is working well in this family, not only what is worrying ${why}.`,
                    { assessment: index });
            }
        });
    },
    fix({ document, diagnostic, data }) {
        if (data.empty) {
            const section = nodeStartingOn(document, diagnostic.range.start.line, isTopicSection);
            return section ? [{ title: 'Add a line for the strengths', edits: [insertLineUnder(document, section, PLACEHOLDER)] }] : [];
        }
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        return [{ title: 'Add a "strengths" section', edits: [insertSection(document, assessment, 'strengths', ['strengths', `  ${PLACEHOLDER}`])] }];
    }
};
