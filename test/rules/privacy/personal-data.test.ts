import { describe, expect, test } from 'vitest';
import { findIdentifiers, isValidNhsNumber, nationalNumber } from '../../../language/src/rules/privacy/identifiers.js';
import { privacyPersonalData } from '../../../language/src/rules/privacy/personal-data.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

/** An exemplar assessment whose purpose line holds the text under test (line 4). */
const exemplar = (purpose: string, use = 'exemplar') => record`
    assessment "Assessment for Amira"
      use: ${use}
      kind: single assessment
      purpose: ${purpose}
`;

ruleCases(privacyPersonalData, {
    valid: [
        { name: 'an NHS number whose check digit is wrong', text: exemplar('NHS number 943 476 5918.') },
        { name: 'ten digits whose check digit is 10, which is never issued', text: exemplar('Reference 1234567890.') },
        { name: 'a National Insurance number with a letter never used first (the sample QQ)', text: exemplar('NI number QQ 12 34 56 C.') },
        { name: 'a National Insurance number with a prefix never issued', text: exemplar('NI number GB 12 34 56 A, or TN123456B.') },
        { name: 'a National Insurance number with a letter never used second', text: exemplar('NI number AO 12 34 56 A.') },
        { name: 'a National Insurance number ending in a letter after D', text: exemplar('NI number AB 12 34 56 E.') },
        { name: 'half a postcode, and a postcode with letters never used at the end', text: exemplar('The family live in LS1, not in LS1 4CI.') },
        { name: 'telephone numbers Ofcom keeps for drama', text: exemplar('Call 07700 900123, 01632 960123, 020 7946 0123 or +44 113 496 0000.') },
        { name: 'numbers too short or too long for a UK telephone', text: exemplar('Numbers 0113 234 567, 07912 34567 and 079123456789.') },
        { name: 'a number from abroad', text: exemplar('Her aunt in New York is on +1 212 555 0100.') },
        { name: 'email addresses at reserved domains', text: exemplar('Write to jo.smith@example.org or duty@team.test.') },
        { name: 'an @ that is not an email address', text: exemplar('Sara said @ school things are fine; her handle is @sara.') },
        { name: 'dates that are not telephone numbers', text: exemplar('Seen on 05/03/2026 and 2026-03-10; attendance 82% over 0 to 5 years.') },
        {
            name: 'a child with a short name only and a date of birth',
            text: record`
                assessment "Assessment for Amira"
                  use: exemplar
                people
                  child Amira, born 14/05/2018, lives at home
                  mother Sara "Sara Hassan"
                  unborn child Baby "Baby Hassan", due 20/09/2026
            `
        },
        {
            name: 'identifiers in a live record (the live rule points them out instead)',
            text: exemplar('NHS number 943 476 5919, phone 07912 345678.', 'live')
        },
        {
            name: 'identifiers in a record with no use line',
            text: record`
                assessment "Assessment for Amira"
                  purpose: NHS number 943 476 5919.
                people
                  child Amira "Amira Hassan", born 14/05/2018
            `
        },
        {
            name: 'turned off for the file, with a reason',
            text: record`
                # lens-ignore-file privacy/personal-data: the numbers are those of the team's duty line, which is public
                assessment "Assessment for Amira"
                  use: training
                  purpose: Ring the duty line on 0113 234 5678.
            `
        }
    ],
    invalid: [
        { name: 'an NHS number with a valid check digit, with spaces', text: exemplar('NHS number 943 476 5919.'), lines: [4], messageIncludes: 'NHS number' },
        { name: 'an NHS number written together or with hyphens', text: exemplar('NHS 9434765919 and 401-023-2137.'), lines: [4, 4] },
        { name: 'a National Insurance number, spaced or together', text: exemplar('NI numbers AB 12 34 56 C and JG103759A.'), lines: [4, 4], messageIncludes: 'National Insurance' },
        { name: 'full postcodes', text: exemplar('She moved from LS1 4AP to SW1A 1AA, then M1 1AE and CR26XH.'), lines: [4, 4, 4, 4], messageIncludes: 'postcode' },
        {
            name: 'UK telephone numbers: mobile, landline, +44 and brackets',
            text: exemplar('Ring 07912 345678, 0113 234 5678, +44 7912 345678, +44 (0)113 234 5678, (0161) 234 5678 or 020 8123 4567.'),
            lines: [4, 4, 4, 4, 4, 4],
            messageIncludes: 'telephone number'
        },
        { name: 'an email address', text: exemplar('Sara\'s email is sara.hassan@leeford-mail.co.uk.'), lines: [4], messageIncludes: 'email address' },
        { name: 'in training material too', text: exemplar('Phone 07912 345678.', 'training'), lines: [4], messageIncludes: '"use: training"' },
        {
            name: 'a child declared with a full name and an exact date of birth',
            text: record`
                assessment "Assessment for Amira"
                  use: exemplar
                people
                  child Amira "Amira Hassan", born 14/05/2018, lives at home
                  child Yusuf "Yusuf Hassan", born 01/12/2025
            `,
            lines: [4, 5],
            messageIncludes: 'is given a full name and an exact date of birth'
        },
        {
            name: 'a date of birth written beside a full name',
            text: record`
                assessment "Assessment for Amira"
                  use: exemplar
                people
                  child Amira "Amira Hassan"
                history
                  - 01/02/2026 Amira Hassan (date of birth 14/05/2018) was referred by school.
                  - 02/02/2026 Her brother was born on 01/12/2025 at home.
            `,
            lines: [6],
            messageIncludes: 'written beside a full name'
        },
        {
            name: 'in a comment, in a quote and in a plan\'s people',
            text: record`
                # Sara's number is 07912 345678.
                plan "Plan for Kai"
                  use: exemplar
                  people
                    child Kai "Kai Thompson", born 22/10/2018
                  > My mum's email is leanne@mailbox.co.uk
            `,
            lines: [1, 5, 6]
        }
    ]
});

describe('personal identifiers', () => {
    test('the NHS check digit', () => {
        expect(isValidNhsNumber('9434765919')).toBe(true);
        expect(isValidNhsNumber('4010232137')).toBe(true);
        expect(isValidNhsNumber('9434765918')).toBe(false);
        expect(isValidNhsNumber('0000000000')).toBe(false);
        expect(isValidNhsNumber('943476591')).toBe(false);
    });

    test('telephone numbers as dialled in the UK', () => {
        expect(nationalNumber('+44 (0)7912 345678')).toBe('07912345678');
        expect(nationalNumber('0044 113 234 5678')).toBe('01132345678');
        expect(nationalNumber('(0161) 234 5678')).toBe('01612345678');
        expect(nationalNumber('016977 4321')).toBe('0169774321');
        expect(nationalNumber('0113 234 567')).toBeUndefined();
    });

    test('each identifier once, in the order written, and a valid NHS number is not also a telephone number', () => {
        expect(findIdentifiers('0123456789 jo@leeford.org.uk AB123456C').map(f => f.kind)).toEqual(['nhs', 'email', 'ni']);
        expect(findIdentifiers('0800234561').map(f => f.kind)).toEqual(['nhs']);
        expect(findIdentifiers('0800 234 561').map(f => f.kind)).toEqual(['phone']);
    });

    test('a long run of letters and digits with no break is read quickly', () => {
        const text = 'a'.repeat(500_000) + '@' + '1'.repeat(500_000);
        const started = performance.now();
        findIdentifiers(text);
        expect(performance.now() - started).toBeLessThan(2000);
    });
});
