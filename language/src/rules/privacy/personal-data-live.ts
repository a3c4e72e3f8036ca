import type { Rule } from '../rule.js';
import { describe, personalData } from './shared.js';

/** Points out personal details in any record that is not exemplar or training material. */
export const privacyPersonalDataLive: Rule = {
    id: 'privacy/personal-data-live',
    severity: 'info',
    description: 'Personal details in a record are pointed out, so that they are not copied where they do not belong.',
    prose: true,
    basic: true,
    check(context) {
        for (const item of personalData(context)) {
            if (item.sharedAs) continue;
            context.report(item.target, `${describe(item)} Keep it only if this record needs it, and take it out `
                + 'before any part of the record is shared as an example or used for training.');
        }
    }
};
