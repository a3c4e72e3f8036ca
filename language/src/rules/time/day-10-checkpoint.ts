import { isAssessment } from '../../generated/ast.js';
import { addWorkingDays, workingDaysBetween } from '../../time/working-days.js';
import type { Rule } from '../rule.js';
import { completion, dateFields, firstDated, words } from './shared.js';

const CHECKPOINT = 10;

/** An assessment that runs past its 10th working day records the manager's day 10 review. */
export const timeDay10Checkpoint: Rule = {
    id: 'time/day-10-checkpoint',
    severity: 'warning',
    description: 'An assessment that runs past its 10th working day records the date of the day 10 review.',
    check(context) {
        const region = context.settings.region;
        for (const assessment of context.nodes(isAssessment)) {
            const referral = firstDated(assessment, 'referral:');
            if (!referral) continue;
            const reviews = dateFields(assessment, 'day 10 review:');
            // A review line with words instead of a date is pointed out by time/invalid-date.
            if (reviews.some(r => r.date || r.note)) continue;
            const done = completion(assessment);
            if (done === 'unclear') continue;
            const end = done === 'open' ? context.today : done.date;
            const day = workingDaysBetween(referral.date, end, region);
            if (day <= CHECKPOINT) continue;
            const checkpoint = words(addWorkingDays(referral.date, CHECKPOINT, region));
            const why = 'Assessments and support procedure: at the 10 day checkpoint the team manager decides what further assessment is needed';
            if (reviews.length > 0) {
                context.report({ node: reviews[0], keyword: 'day 10 review:' },
                    `The day 10 review line has no date. Working day ${CHECKPOINT} after the referral was ${checkpoint}: write the date the manager reviewed the assessment (${why}).`);
                continue;
            }
            const target = done === 'open' ? referral.field : done.field;
            context.report({ node: target, property: 'date' }, done === 'open'
                ? `This assessment is on working day ${day} and has no day 10 review. Working day ${CHECKPOINT} after the referral on ${words(referral.date)} was ${checkpoint}: add a "day 10 review:" line with the date the manager reviewed it (${why}).`
                : `This assessment was completed on working day ${day} and has no day 10 review. Working day ${CHECKPOINT} after the referral on ${words(referral.date)} was ${checkpoint}: add a "day 10 review:" line with the date the manager reviewed it (${why}).`);
        }
    }
};
