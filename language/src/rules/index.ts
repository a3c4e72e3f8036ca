import { actionRules } from './action/index.js';
import { assessmentRules } from './assessment/index.js';
import { evidenceRules } from './evidence/index.js';
import { languageRules } from './language/index.js';
import { privacyRules } from './privacy/index.js';
import { formatIgnoreComment } from './format/ignore-comment.js';
import { formatSyntax } from './format/syntax.js';
import { formatTooLarge } from './format/too-large.js';
import { outcomeRules } from './outcome/index.js';
import { planRules } from './plan/index.js';
import { referenceUndeclared } from './reference/undeclared.js';
import type { Rule } from './rule.js';
import { safetyRules } from './safety/index.js';
import { structureMisplaced } from './structure/misplaced.js';
import { timeRules } from './time/index.js';
import { voiceRules } from './voice/index.js';

/** Every rule, in the order their findings are listed. Each group keeps its own list in `<group>/index.ts`. */
export const RULES: readonly Rule[] = [
    formatSyntax,
    formatIgnoreComment,
    formatTooLarge,
    structureMisplaced,
    referenceUndeclared,
    ...assessmentRules,
    ...voiceRules,
    ...planRules,
    ...outcomeRules,
    ...actionRules,
    ...safetyRules,
    ...timeRules,
    ...languageRules,
    ...evidenceRules,
    ...privacyRules
];

export function ruleById(id: string): Rule | undefined {
    return RULES.find(r => r.id === id);
}
