import type { Rule } from '../rule.js';
import { timeActionOverdue } from './action-overdue.js';
import { timeAssessment45Days } from './assessment-45-days.js';
import { timeAssessmentStale } from './assessment-stale.js';
import { timeDateOrder } from './date-order.js';
import { timeDay10Checkpoint } from './day-10-checkpoint.js';
import { timeInvalidDate } from './invalid-date.js';
import { timeReviewOverdue } from './review-overdue.js';

/** The rules of the group 'time', in the order their findings are listed. */
export const timeRules: readonly Rule[] = [
    timeInvalidDate,
    timeDateOrder,
    timeAssessment45Days,
    timeDay10Checkpoint,
    timeReviewOverdue,
    timeActionOverdue,
    timeAssessmentStale
];
