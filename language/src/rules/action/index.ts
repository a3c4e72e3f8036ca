import type { Rule } from '../rule.js';
import { actionVague } from './vague.js';
import { actionWhen } from './when.js';
import { actionWho } from './who.js';

/** The rules of the group 'action', in the order their findings are listed. */
export const actionRules: readonly Rule[] = [actionWho, actionWhen, actionVague];
