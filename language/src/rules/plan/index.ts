import type { Rule } from '../rule.js';
import { planChildView } from './child-view.js';
import { planContingency } from './contingency.js';
import { planOutcomes } from './outcomes.js';
import { planReview } from './review.js';
import { planWorriesAddressed } from './worries-addressed.js';

/** The rules of the group 'plan', in the order their findings are listed. */
export const planRules: readonly Rule[] = [planOutcomes, planReview, planContingency, planChildView, planWorriesAddressed];
