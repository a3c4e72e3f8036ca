import type { Rule } from '../rule.js';

/** The rules of the group 'safety', in the order their findings are listed. */
export const safetyRules: readonly Rule[] = [];
