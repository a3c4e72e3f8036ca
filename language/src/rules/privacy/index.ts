import type { Rule } from '../rule.js';

/** The rules of the group 'privacy', in the order their findings are listed. */
export const privacyRules: readonly Rule[] = [];
