import type { Rule } from '../rule.js';

/** The rules of the group 'outcome', in the order their findings are listed. */
export const outcomeRules: readonly Rule[] = [];
