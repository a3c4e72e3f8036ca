import type { Rule } from '../rule.js';
import { describe, instead, personalData } from './shared.js';

/** Exemplar and training records hold no real person's details. */
export const privacyPersonalData: Rule = {
    id: 'privacy/personal-data',
    severity: 'error',
    description: 'Exemplar and training records hold no real person\'s details.',
    basic: true,
    check(context) {
        for (const item of personalData(context)) {
            if (!item.sharedAs) continue;
            context.report(item.target, `${describe(item)} A record marked "use: ${item.sharedAs}" is shared widely and must hold `
                + `no real person's details: ${instead(item.kind)}.`);
        }
    }
};
