import { actionWhen } from './action/when.js';
import { actionWho } from './action/who.js';
import { dateInvalid } from './date/invalid.js';
import { formatSyntax } from './format/syntax.js';
import { referenceUndeclared } from './reference/undeclared.js';
import type { Rule } from './rule.js';
import { structureMisplaced } from './structure/misplaced.js';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
    formatSyntax,
    structureMisplaced,
    dateInvalid,
    referenceUndeclared,
    actionWho,
    actionWhen
];

export function ruleById(id: string): Rule | undefined {
    return RULES.find(r => r.id === id);
}
