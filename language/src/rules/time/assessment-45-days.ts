import { isAssessment, isDateField, isExtensionField } from '../../generated/ast.js';
import { addWorkingDays, workingDaysBetween } from '../../time/working-days.js';
import { indentOf, insertLinesAfter, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { completion, firstDated, words } from './shared.js';

/** An assessment finishes within the working-day limit from its referral, or says why not. */
export const timeAssessment45Days: Rule = {
    id: 'time/assessment-45-days',
    severity: 'error',
    description: 'An assessment is completed within 45 working days of the referral, or records the reason for the extension.',
    check(context) {
        const limit = context.settings.assessmentWorkingDays;
        const region = context.settings.region;
        for (const assessment of context.nodes(isAssessment)) {
            const referral = firstDated(assessment, 'referral:');
            if (!referral) continue;
            const extensions = assessment.fields.filter(isExtensionField);
            if (extensions.some(e => e.text)) continue;
            const done = completion(assessment);
            if (done === 'unclear') continue;
            const deadline = addWorkingDays(referral.date, limit, region);
            const empty = extensions.length > 0;
            const rule = `Assessments and support procedure: no longer than ${limit} working days from the referral, with the reasons recorded when it takes longer`;
            if (done !== 'open') {
                const day = workingDaysBetween(referral.date, done.date, region);
                if (day <= limit) continue;
                const ask = empty
                    ? 'The "reason for extension:" line is empty: write why it took longer'
                    : 'Record why it took longer in a "reason for extension:" line';
                context.report({ node: done.field, property: 'date' },
                    `Completed on working day ${day} of ${limit}: the referral was on ${words(referral.date)}, so working day ${limit} was ${words(deadline)}. ${ask} (${rule}).`,
                    { line: done.field.$cstNode?.range.start.line, limit });
            } else {
                const day = workingDaysBetween(referral.date, context.today, region);
                if (day <= limit) continue;
                const ask = empty
                    ? 'write in the empty "reason for extension:" line why it is taking longer'
                    : 'record why it is taking longer in a "reason for extension:" line';
                context.report({ node: referral.field, property: 'date' },
                    `This assessment is still open on working day ${day} of ${limit}: the referral was on ${words(referral.date)}, so working day ${limit} was ${words(deadline)}. Complete it, and ${ask} (${rule}).`,
                    { line: referral.field.$cstNode?.range.start.line, limit });
            }
        }
    },
    fix({ document, data }) {
        if (typeof data.line !== 'number') return [];
        const limit = typeof data.limit === 'number' ? data.limit : 45;
        const field = nodeStartingOn(document, data.line, isDateField);
        if (!field || !isAssessment(field.$container)) return [];
        if (field.$container.fields.some(isExtensionField)) return [];
        return [{
            title: 'Add a "reason for extension:" line',
            edits: [insertLinesAfter(document, field, [`reason for extension: <why the assessment took longer than ${limit} working days>`], indentOf(document, field))]
        }];
    }
};
