import type { Rule } from '../rule.js';

/** The rules of the group 'evidence', in the order their findings are listed. */
export const evidenceRules: readonly Rule[] = [];
