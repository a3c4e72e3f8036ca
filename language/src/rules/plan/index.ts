import type { Rule } from '../rule.js';

/** The rules of the group 'plan', in the order their findings are listed. */
export const planRules: readonly Rule[] = [];
