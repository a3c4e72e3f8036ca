import { timeDateOrder } from '../../../language/src/rules/time/date-order.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(timeDateOrder, {
    valid: [
        {
            name: 'an assessment whose dates come in turn',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  started: 03/03/2026
                  day 10 review: 16/03/2026
                  completed: 20/04/2026
                people
                  child Amira "Amira Hassan", born 14/05/2018
                  unborn child Baby "Baby Cole", due 20/09/2026
                voice of Amira
                  seen: 05/03/2026 at home
                  seen alone: 10/03/2026 at school
            `
        },
        {
            name: 'a visit after completion, brought in by an update',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 20/04/2026
                  updated: 28/04/2026
                people
                  child Amira "Amira Hassan", born 14/05/2018
                voice of Amira
                  seen alone: 27/04/2026 at school
            `
        },
        {
            name: 'a plan whose dates come on or after its start, and words on a by line',
            text: record`
                plan "P"
                  started: 01/05/2026
                  next review: 24/07/2026
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 01/05/2026
                    action: The school offers breakfast club.
                      by: every school day from 05/05/2026
                  progress on attendance: 12/06/2026 Attendance is 93%.
            `
        },
        {
            name: 'a plan with no start date',
            text: record`
                plan "P"
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 01/01/2020
            `
        }
    ],
    invalid: [
        {
            name: 'completed before the referral',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 20/04/2026
                  completed: 02/03/2026
            `,
            lines: [3],
            messageIncludes: 'Completed 2 March 2026 is before the referral on 20 April 2026'
        },
        {
            name: 'started before the referral',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  started: 01/03/2026
                  day 10 review: 16/03/2026
            `,
            lines: [3],
            messageIncludes: 'Started 1 March 2026 is before the referral on 2 March 2026'
        },
        {
            name: 'completed before the assessment started',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  started: 10/03/2026
                  completed: 05/03/2026
            `,
            lines: [4],
            messageIncludes: 'before the assessment started on 10 March 2026'
        },
        {
            name: 'a day 10 review and an update before the referral',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  day 10 review: 16/02/2026
                  updated: 01/02/2026
            `,
            lines: [3, 4]
        },
        {
            name: 'visits before the referral and after completion',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 20/04/2026
                people
                  child Amira "Amira Hassan", born 14/05/2018
                voice of Amira
                  seen: 27/02/2026 at home
                  seen alone: 24/04/2026 at school
            `,
            lines: [7, 8]
        },
        {
            name: 'a visit after the last update',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 20/04/2026
                  updated: 22/04/2026
                voice of Amira
                  seen alone: 24/04/2026 at school
            `,
            lines: [6],
            messageIncludes: 'after the assessment was last updated on 22 April 2026'
        },
        {
            name: 'a date of birth after today',
            file: 'a.assessment',
            text: record`
                people
                  child Baby "Baby Cole", born 20/09/2026
            `,
            lines: [2],
            messageIncludes: 'after today (1 May 2026)'
        },
        {
            name: 'by, next review and progress dates before the plan started',
            text: record`
                plan "P"
                  started: 10/04/2026
                  next review: 01/04/2026
                  outcome attendance: Amira goes to school every day.
                    action: Sara walks Amira to school.
                      by: 01/04/2026
                  contingency: If attendance falls, Jo calls a meeting.
                    by: 09/04/2026
                  progress on attendance: 05/04/2026 Attendance is 93%.
            `,
            lines: [3, 6, 8, 9]
        }
    ]
});
