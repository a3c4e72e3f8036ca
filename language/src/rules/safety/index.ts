import type { Rule } from '../rule.js';
import { safetyDangerStatement } from './danger-statement.js';
import { safetySafetyGoal } from './safety-goal.js';

/** The rules of the group 'safety', in the order their findings are listed. */
export const safetyRules: readonly Rule[] = [safetyDangerStatement, safetySafetyGoal];
