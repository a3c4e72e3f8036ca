import type { Rule } from '../rule.js';
import { timeInvalidDate } from './invalid-date.js';

/** The rules of the group 'time', in the order their findings are listed. */
export const timeRules: readonly Rule[] = [timeInvalidDate];
