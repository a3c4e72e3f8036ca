import { timeInvalidDate } from '../../../language/src/rules/time/invalid-date.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(timeInvalidDate, {
    valid: [
        {
            name: 'UK and ISO dates, and a leap day',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 02/03/2026
                  completed: 2026-04-20
                people
                  child Amira "Amira Hassan", born 29/02/2016
            `
        }
    ],
    invalid: [
        {
            name: 'the 31st of February',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  referral: 31/02/2026
            `,
            lines: [2],
            messageIncludes: 'February 2026 has 28 days'
        },
        {
            name: 'month 13, read day first',
            file: 'a.assessment',
            text: record`
                people
                  child Amira "Amira Hassan", born 05/13/2018
            `,
            lines: [2],
            messageIncludes: 'no month 13'
        },
        {
            name: 'words where a date must be',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  completed: last Tuesday
            `,
            lines: [2],
            messageIncludes: 'needs a date'
        },
        {
            name: 'a bad date in a chronology entry and on a by line',
            file: 'a.plan',
            text: record`
                history
                  - 30/02/2025 Moved house.
                plan "P"
                  next review: 2026-06-31
            `,
            lines: [2, 4]
        }
    ]
});
