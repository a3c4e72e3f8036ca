import type { Rule } from '../rule.js';
import { assessmentAgencies } from './agencies.js';
import { assessmentAnalysis } from './analysis.js';
import { assessmentConsent } from './consent.js';
import { assessmentDecision } from './decision.js';
import { assessmentDomains } from './domains.js';
import { assessmentParentsViews } from './parents-views.js';
import { assessmentPurpose } from './purpose.js';
import { assessmentSiblings } from './siblings.js';
import { assessmentStrengths } from './strengths.js';
import { assessmentWorries } from './worries.js';

/** The rules of the group 'assessment', in the order their findings are listed. */
export const assessmentRules: readonly Rule[] = [
    assessmentPurpose,
    assessmentSiblings,
    assessmentParentsViews,
    assessmentDomains,
    assessmentStrengths,
    assessmentWorries,
    assessmentAgencies,
    assessmentConsent,
    assessmentAnalysis,
    assessmentDecision
];
