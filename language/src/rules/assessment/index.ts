import type { Rule } from '../rule.js';

/** The rules of the group 'assessment', in the order their findings are listed. */
export const assessmentRules: readonly Rule[] = [];
