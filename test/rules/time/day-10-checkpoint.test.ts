import { timeDay10Checkpoint } from '../../../language/src/rules/time/day-10-checkpoint.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(timeDay10Checkpoint, {
    valid: [
        {
            name: 'a day 10 review recorded',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  day 10 review: 16/03/2026
                  completed: 20/04/2026
            `
        },
        {
            name: 'completed on working day 10, before any checkpoint was needed',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 16/03/2026
            `
        },
        {
            name: 'still open on working day 7 (today is 1 May 2026)',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 22/04/2026
            `
        },
        {
            name: 'a review line with a mistyped date is left to time/invalid-date',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 12/01/2026
                  day 10 review: 26/01/26
                  completed: 27/03/2026
            `
        }
    ],
    invalid: [
        {
            name: 'still open on working day 12 with no review',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 15/04/2026
                  started: 16/04/2026
            `,
            lines: [2],
            messageIncludes: 'working day 12'
        },
        {
            name: 'completed on working day 33 with no review',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 20/04/2026
            `,
            lines: [3],
            messageIncludes: 'Working day 10 after the referral on 2 March 2026 was 16 March 2026'
        },
        {
            name: 'an empty day 10 review line',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  day 10 review:
                  completed: 20/04/2026
            `,
            lines: [3],
            messageIncludes: 'has no date'
        }
    ]
});
