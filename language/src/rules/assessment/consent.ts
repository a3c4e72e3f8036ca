import { isConsent, isTopicSection } from '../../generated/ast.js';
import { headRange, indentOf, insertAfterFirstLine, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { agenciesOf, agencyEvidence, agencySections } from './agency-information.js';
import { assessmentAt, assessmentsIn, firstLine, insertSection, names, nodesOf, textOf } from './shared.js';

const CONSENT = 'consent: <who agreed, and when, that you could speak to which agencies; or why consent was not sought and which manager agreed>';
const WHY = '(Assessments and support procedure: the parents\' consent should usually be sought before talking to other agencies, and where it is not, the manager\'s agreement is recorded with reasons; Principles of good assessment: involving children and families)';

/** When other agencies' information is used, the record says whether the family agreed. */
export const assessmentConsent: Rule = {
    id: 'assessment/consent',
    severity: 'warning',
    description: 'When an assessment uses information from other agencies, a "consent:" line says whether the family agreed.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const sections = agencySections(assessment);
            const agencies = agenciesOf(assessment);
            const { facts, opinions } = agencyEvidence(context, assessment);
            const named = sections.some(s => agencies.some(a => names(textOf(s), a))
                || s.items.some(i => i.$type === 'Fact' || i.$type === 'Opinion'));
            if (!named && facts + opinions === 0) return;
            const consents = nodesOf(context, isConsent, assessment);
            if (consents.some(c => c.text?.trim())) return;
            if (consents.length > 0) {
                context.report({ node: consents[0], keyword: 'consent:' },
                    `The "consent:" line is empty. Say who agreed, and when, that you could speak to other agencies, or why consent was not sought ${WHY}.`,
                    { assessment: index, emptyLine: true });
            } else if (sections.length > 0) {
                context.report({ range: headRange(context.document, sections[0]) },
                    `This assessment uses what other agencies said, but does not say whether the family agreed. Add a "consent:" line: who agreed, when, and to which agencies, or why consent was not sought ${WHY}.`,
                    { assessment: index, section: true });
            } else {
                context.report({ range: firstLine(context.document, assessment) },
                    `This assessment uses what other agencies said, but does not say whether the family agreed. Add an "information from agencies" section with a "consent:" line: who agreed, when, and to which agencies, or why consent was not sought ${WHY}.`,
                    { assessment: index });
            }
        });
    },
    fix({ document, diagnostic, data }) {
        if (data.emptyLine) return [];
        if (data.section) {
            const section = nodeStartingOn(document, diagnostic.range.start.line, isTopicSection);
            if (!section) return [];
            return [{ title: 'Add a "consent:" line', edits: [insertAfterFirstLine(document, section, [CONSENT], `${indentOf(document, section)}  `)] }];
        }
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        return [{
            title: 'Add an "information from agencies" section with a "consent:" line',
            edits: [insertSection(document, assessment, 'information from agencies', ['information from agencies', `  ${CONSENT}`])]
        }];
    }
};
