import { isTopicSection } from '../../generated/ast.js';
import { headRange, insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { agencyEvidence, agencySections, sectionHasInformation } from './agency-information.js';
import { assessmentAt, assessmentsIn, firstLine, insertSection } from './shared.js';

const INFORMATION = '<what each agency told you and when, or why no other agency was asked>';
const WHY = '(Assessments and support procedure: child and family assessments are a multi-agency responsibility and other appropriate agencies must contribute)';

/** An assessment draws on what other agencies know, or says why it does not. */
export const assessmentAgencies: Rule = {
    id: 'assessment/agencies',
    severity: 'warning',
    description: 'An assessment uses information from at least one other agency, or says why none was asked.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const sections = agencySections(assessment);
            if (sections.some(sectionHasInformation)) return;
            const { facts, opinions } = agencyEvidence(context, assessment);
            if (facts + opinions > 0) return;
            if (sections.length > 0) {
                context.report({ range: headRange(context.document, sections[0]) },
                    `Nothing is written under "information from agencies". Add what the school, health visitor, police or others who know the family told you, or say why no other agency was asked ${WHY}.`,
                    { assessment: index, empty: true });
            } else {
                context.report({ range: firstLine(context.document, assessment) },
                    `Nothing in this assessment comes from another agency. Add an "information from agencies" section with what the school, health visitor, police or others who know the family told you (or facts whose "source:" names the agency), or say there why no other agency was asked ${WHY}.`,
                    { assessment: index });
            }
        });
    },
    fix({ document, diagnostic, data }) {
        if (data.empty) {
            const section = nodeStartingOn(document, diagnostic.range.start.line, isTopicSection);
            return section ? [{ title: 'Add a line for what other agencies said', edits: [insertLineUnder(document, section, INFORMATION)] }] : [];
        }
        const assessment = assessmentAt(document, data);
        if (!assessment) return [];
        return [{
            title: 'Add an "information from agencies" section',
            edits: [insertSection(document, assessment, 'information from agencies', [
                'information from agencies',
                '  consent: <who agreed, and when, that you could speak to which agencies>',
                `  ${INFORMATION}`
            ])]
        }];
    }
};
