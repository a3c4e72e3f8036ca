import type { Rule } from '../rule.js';

/** The rules of the group 'voice', in the order their findings are listed. */
export const voiceRules: readonly Rule[] = [];
