import { privacyPersonalDataLive } from '../../../language/src/rules/privacy/personal-data-live.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(privacyPersonalDataLive, {
    valid: [
        {
            name: 'a live record with no identifiers, and a child with a short name only',
            text: record`
                assessment "Assessment for Amira"
                  use: live
                  purpose: School is worried about Amira's attendance.
                people
                  child Amira, born 14/05/2018
            `
        },
        {
            name: 'an invalid NHS number, a drama telephone number and a reserved email domain',
            text: record`
                plan "Plan for Amira"
                  review: every 6 weeks; NHS 943 476 5918, ring 07700 900123 or write to duty@example.org
            `
        },
        {
            name: 'exemplar material (the stricter rule reports it instead)',
            text: record`
                assessment "Assessment for Amira"
                  use: exemplar
                  purpose: NHS number 943 476 5919.
            `
        }
    ],
    invalid: [
        {
            name: 'identifiers in a live record',
            text: record`
                assessment "Assessment for Amira"
                  use: live
                  purpose: NHS number 943 476 5919, NI AB 12 34 56 C, LS1 4AP, 07912 345678, sara@leeford-mail.co.uk.
            `,
            lines: [3, 3, 3, 3, 3],
            messageIncludes: 'before any part of the record is shared'
        },
        {
            name: 'a record with no use line: a full name with a date of birth',
            text: record`
                people
                  child Amira "Amira Hassan", born 14/05/2018
                plan "Plan for Amira"
                  review: every 6 weeks
            `,
            lines: [2],
            messageIncludes: 'Amira is given a full name'
        }
    ]
});
