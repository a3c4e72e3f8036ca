import type { Rule } from '../rule.js';
import { outcomeActions } from './actions.js';
import { outcomeMeasure } from './measure.js';
import { outcomeNotAService } from './not-a-service.js';

/** The rules of the group 'outcome', in the order their findings are listed. */
export const outcomeRules: readonly Rule[] = [outcomeMeasure, outcomeActions, outcomeNotAService];
