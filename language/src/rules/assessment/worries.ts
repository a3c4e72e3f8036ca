import { isWorries } from '../../generated/ast.js';
import { headRange, insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { sectionsOf } from '../record.js';
import { assessmentAt, assessmentsIn, firstLine, hasContent, insertSection } from './shared.js';

const WORRY = 'worry <short-name>: <who is worried, about what, and what could happen to the child if nothing changes>';

/** An assessment says what everyone is worried about. */
export const assessmentWorries: Rule = {
    id: 'assessment/worries',
    severity: 'warning',
    description: 'An assessment has a "worries" section with at least one worry, danger statement or complicating factor.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const sections = sectionsOf(assessment).filter(isWorries);
            if (sections.some(s => s.worries.length > 0 || s.items.some(hasContent))) return;
            const why = '(Practice note on assessments: map harm, danger statements and complicating factors as well as what is working well; Good practice guide: make sure the difficulties within the family are understood)';
            if (sections.length > 0) {
                context.report({ range: headRange(context.document, sections[0]) },
                    `The "worries" section is empty. Write each worry on a "worry" line with a short name, saying who is worried, about what, and what could happen to the child ${why}. If nobody is worried, say so here.`,
                    { assessment: index, empty: true });
            } else {
                context.report({ range: firstLine(context.document, assessment) },
                    `There is no "worries" section. Say what everyone is worried about, with "worry", "danger statement" or "complicating factor" lines, or say that there are no worries ${why}.`,
                    { assessment: index });
            }
        });
    },
    fix({ document, diagnostic, data }) {
        if (data.empty) {
            const section = nodeStartingOn(document, diagnostic.range.start.line, isWorries);
            return section ? [{ title: 'Add a worry', edits: [insertLineUnder(document, section, WORRY)] }] : [];
        }
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        return [{ title: 'Add a "worries" section', edits: [insertSection(document, assessment, 'worries', ['worries', `  ${WORRY}`])] }];
    }
};
