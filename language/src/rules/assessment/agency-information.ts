import { isAgency, isConsent, isFact, isOpinion, isTopicSection, type Agency, type Assessment, type TopicSection } from '../../generated/ast.js';
import type { RuleContext } from '../rule.js';
import { partiesFor, sectionsOf } from '../record.js';
import { hasContent, names, nodesOf } from './shared.js';

/** The `information from agencies` sections of an assessment. */
export function agencySections(assessment: Assessment): TopicSection[] {
    return sectionsOf(assessment).filter((s): s is TopicSection => isTopicSection(s) && s.topic === 'information from agencies');
}

/** The agencies declared for an assessment. */
export function agenciesOf(assessment: Assessment): Agency[] {
    return partiesFor(assessment).filter(isAgency);
}

/** What an assessment holds from other agencies: facts they are the source of, and their opinions. */
export function agencyEvidence(context: RuleContext, assessment: Assessment): { facts: number; opinions: number } {
    const agencies = agenciesOf(assessment);
    const facts = nodesOf(context, isFact, assessment).filter(f => f.source && agencies.some(a => names(f.source!, a))).length;
    const opinions = nodesOf(context, isOpinion, assessment).filter(o => isAgency(o.owner?.party?.ref)).length;
    return { facts, opinions };
}

/** Whether an `information from agencies` section says something besides consent. */
export function sectionHasInformation(section: TopicSection): boolean {
    return section.items.some(i => !isConsent(i) && hasContent(i));
}

