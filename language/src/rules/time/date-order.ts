import { AstUtils } from 'langium';
import {
    isAction, isAssessment, isBy, isContingency, isDateField, isNextReviewField, isPerson, isPlan, isProgress, isSeen
} from '../../generated/ast.js';
import { compareDates, parseDate, type CalendarDate } from '../../dates.js';
import type { Rule } from '../rule.js';
import { completion, firstDated, latestDated, owningAssessment, words } from './shared.js';

const before = (a: CalendarDate, b: CalendarDate) => compareDates(a, b) < 0;

/** Dates that cannot come in the order written: an assessment ending before it began, a birth after today. */
export const timeDateOrder: Rule = {
    id: 'time/date-order',
    severity: 'error',
    description: 'Dates come in an order that can be true: referral, start, visits and completion in turn, and no birth after today.',
    check(context) {
        for (const assessment of context.nodes(isAssessment)) {
            const referral = firstDated(assessment, 'referral:');
            const started = firstDated(assessment, 'started:');
            const dayTen = firstDated(assessment, 'day 10 review:');
            const done = completion(assessment);
            const completed = typeof done === 'object' ? done : undefined;
            if (started && referral && before(started.date, referral.date)) {
                context.report({ node: started.field, property: 'date' },
                    `Started ${words(started.date)} is before the referral on ${words(referral.date)}. Check both dates: an assessment starts on or after its referral.`);
            }
            if (completed) {
                if (referral && before(completed.date, referral.date)) {
                    context.report({ node: completed.field, property: 'date' },
                        `Completed ${words(completed.date)} is before the referral on ${words(referral.date)}. Check both dates.`);
                } else if (started && before(completed.date, started.date)) {
                    context.report({ node: completed.field, property: 'date' },
                        `Completed ${words(completed.date)} is before the assessment started on ${words(started.date)}. Check both dates.`);
                }
            }
            if (dayTen && referral && before(dayTen.date, referral.date)) {
                context.report({ node: dayTen.field, property: 'date' },
                    `The day 10 review ${words(dayTen.date)} is before the referral on ${words(referral.date)}. Check both dates: the review comes 10 working days after the referral.`);
            }
            const since = completed ?? referral;
            for (const field of assessment.fields) {
                if (!isDateField(field) || field.label !== 'updated:' || !since) continue;
                const date = field.date ? parseDate(field.date) : undefined;
                if (!date || !before(date, since.date)) continue;
                context.report({ node: field, property: 'date' }, completed
                    ? `Updated ${words(date)} is before the assessment was completed on ${words(completed.date)}. Check both dates.`
                    : `Updated ${words(date)} is before the referral on ${words(since.date)}. Check both dates.`);
            }
        }

        for (const seen of context.nodes(isSeen)) {
            const date = seen.date ? parseDate(seen.date) : undefined;
            const assessment = date ? owningAssessment(seen) : undefined;
            if (!date || !assessment) continue;
            const visit = seen.label === 'seen alone:' ? 'Seen alone' : 'Seen';
            const referral = firstDated(assessment, 'referral:');
            const done = completion(assessment);
            const updated = latestDated(assessment, 'updated:');
            if (referral && before(date, referral.date)) {
                context.report({ node: seen, property: 'date' },
                    `${visit} ${words(date)} is before the referral on ${words(referral.date)}. Check both dates: the visits of this assessment come after its referral.`);
            } else if (typeof done === 'object') {
                const last = updated && before(done.date, updated.date) ? updated : done;
                if (!before(last.date, date)) continue;
                context.report({ node: seen, property: 'date' }, last === updated
                    ? `${visit} ${words(date)} is after the assessment was last updated on ${words(last.date)}. Check the date, or add an "updated:" line with the date the assessment was brought up to date.`
                    : `${visit} ${words(date)} is after the assessment was completed on ${words(last.date)}. Check both dates, or if the assessment was brought up to date after this visit, add an "updated:" line with that date.`);
            }
        }

        for (const person of context.nodes(isPerson)) {
            if (person.birthLabel !== 'born' || !person.birth) continue;
            const born = parseDate(person.birth);
            if (!born || !before(context.today, born)) continue;
            context.report({ node: person, property: 'birth' },
                `${person.name}'s date of birth, ${words(born)}, is after today (${words(context.today)}). Check the date. For a baby not yet born, write "due" and the due date instead of "born".`);
        }

        for (const plan of context.nodes(isPlan)) {
            const started = firstDated(plan, 'started:');
            if (!started) continue;
            const start = words(started.date);
            for (const node of AstUtils.streamAst(plan)) {
                if (isBy(node)) {
                    const date = node.date ? parseDate(node.date) : undefined;
                    if (!date || !before(date, started.date)) continue;
                    const what = isAction(node.$container) ? 'action' : isContingency(node.$container) ? 'contingency' : 'safety goal';
                    context.report({ node, property: 'date' },
                        `This ${what} is due by ${words(date)}, which is before the plan started on ${start}. Check both dates.`);
                } else if (isNextReviewField(node)) {
                    const date = node.date ? parseDate(node.date) : undefined;
                    if (!date || !before(date, started.date)) continue;
                    context.report({ node, property: 'date' },
                        `The next review ${words(date)} is before the plan started on ${start}. Check both dates.`);
                } else if (isProgress(node)) {
                    const date = node.date ? parseDate(node.date) : undefined;
                    if (!date || !before(date, started.date)) continue;
                    context.report({ node, property: 'date' },
                        `Progress recorded on ${words(date)} is before the plan started on ${start}. Check both dates.`);
                }
            }
        }
    }
};
