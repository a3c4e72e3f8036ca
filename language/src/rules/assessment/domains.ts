import { isTopicSection } from '../../generated/ast.js';
import type { Rule } from '../rule.js';
import { sectionsOf } from '../record.js';
import { assessmentAt, assessmentsIn, firstLine, insertSection } from './shared.js';

/** The three domains of the assessment triangle, with what each covers (the placeholder a quick fix writes). */
const DOMAINS: ReadonlyArray<{ topic: string; covers: string }> = [
    { topic: 'developmental needs', covers: "each child's health, learning, emotional and behavioural development, identity, relationships and self-care skills" },
    { topic: 'parenting capacity', covers: 'how each parent or carer meets the children\'s needs: basic care, safety, warmth, stimulation, guidance and boundaries, stability' },
    { topic: 'family and environment', covers: 'family history and functioning, wider family, housing, work and income, and the community the family lives in' }
];

/** An assessment covers all three domains of the assessment triangle. */
export const assessmentDomains: Rule = {
    id: 'assessment/domains',
    severity: 'error',
    description: 'An assessment covers the three domains: developmental needs, parenting capacity, family and environment.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const topics = new Set<string>(sectionsOf(assessment).filter(isTopicSection).map(s => s.topic));
            for (const { topic } of DOMAINS) {
                if (topics.has(topic)) continue;
                context.report({ range: firstLine(context.document, assessment) },
                    `There is no "${topic}" section. An assessment must look at all three sides of the assessment triangle: the child's developmental needs, parenting capacity, and family and environmental factors (Assessments and support procedure: the assessment must consider the assessment triangle domains).`,
                    { assessment: index, topic });
            }
        });
    },
    fix({ document, data }) {
        const assessment = assessmentAt(document, data);
        const domain = DOMAINS.find(d => d.topic === data.topic);
        if (!assessment || !domain) return [];
        return [{
            title: `Add a "${domain.topic}" section`,
            edits: [insertSection(document, assessment, domain.topic, [domain.topic, `  <${domain.covers}>`])]
        }];
    }
};
