import { describe, expect, test } from 'vitest';
import type { Region } from '../../../language/src/settings.js';
import { bankHolidays, easterSunday, isBankHoliday, usualBankHolidays } from '../../../language/src/time/bank-holidays.js';
import { isoDate } from '../../../language/src/time/days.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../language/src/time/working-days.js';
import oneOff from '../../../language/src/data/bank-holidays-one-off.json' with { type: 'json' };

const iso = (text: string) => {
    const [year, month, day] = text.split('-').map(Number);
    return { year, month, day };
};

/** The bank holidays published on GOV.UK (www.gov.uk/bank-holidays), written out by hand. */
const PUBLISHED: Record<Region, Record<number, string[]>> = {
    'england-and-wales': {
        2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
        2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
        // Boxing Day is a Saturday: its substitute is Monday 28 December.
        2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
        // Christmas is a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28 December.
        2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']
    },
    scotland: {
        // St Andrew's Day is a Saturday: its substitute is Monday 2 December.
        2024: ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26'],
        // St Andrew's Day is a Sunday: its substitute is Monday 1 December.
        2025: ['2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26'],
        2026: ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28'],
        // 2 January is a Saturday: its substitute is Monday 4 January.
        2027: ['2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28']
    },
    'northern-ireland': {
        // St Patrick's Day is a Sunday: its substitute is Monday 18 March.
        2024: ['2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26', '2024-12-25', '2024-12-26'],
        // The Battle of the Boyne is a Saturday: its substitute is Monday 14 July.
        2025: ['2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26'],
        // The Battle of the Boyne is a Sunday: its substitute is Monday 13 July.
        2026: ['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28'],
        2027: ['2027-01-01', '2027-03-17', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-07-12', '2027-08-30', '2027-12-27', '2027-12-28']
    }
};

/** Published lists for years with one-off changes. */
const ONE_OFF_YEARS: Record<Region, Record<number, string[]>> = {
    'england-and-wales': {
        2012: ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26'],
        2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
        2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
        2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']
    },
    scotland: {
        2022: ['2022-01-03', '2022-01-04', '2022-04-15', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-01', '2022-09-19', '2022-11-30', '2022-12-26', '2022-12-27'],
        2023: ['2023-01-02', '2023-01-03', '2023-04-07', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-07', '2023-11-30', '2023-12-25', '2023-12-26']
    },
    'northern-ireland': {
        2022: ['2022-01-03', '2022-03-17', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-07-12', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
        2023: ['2023-01-02', '2023-03-17', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-07-12', '2023-08-28', '2023-12-25', '2023-12-26']
    }
};

const listed = (year: number, region: Region) => bankHolidays(year, region).map(h => isoDate(h.date));

describe('bank holidays match the published lists', () => {
    for (const table of [PUBLISHED, ONE_OFF_YEARS]) {
        for (const [region, years] of Object.entries(table) as Array<[Region, Record<number, string[]>]>) {
            for (const [year, dates] of Object.entries(years)) {
                test(`${region} ${year}`, () => {
                    expect(listed(Number(year), region)).toEqual(dates);
                });
            }
        }
    }

    test('every holiday is on a weekday', () => {
        for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as Region[]) {
            for (let year = 1990; year <= 2060; year++) {
                for (const h of bankHolidays(year, region)) {
                    const day = new Date(Date.UTC(h.date.year, h.date.month - 1, h.date.day)).getUTCDay();
                    expect(day, `${region} ${isoDate(h.date)} ${h.name}`).not.toBe(0);
                    expect(day, `${region} ${isoDate(h.date)} ${h.name}`).not.toBe(6);
                }
            }
        }
    });

    test('names say which days are substitutes', () => {
        const boxing = bankHolidays(2026).find(h => isoDate(h.date) === '2026-12-28');
        expect(boxing?.name).toBe('Boxing Day (substitute day)');
        const christmas2022 = bankHolidays(2022).find(h => isoDate(h.date) === '2022-12-27');
        expect(christmas2022?.name).toBe('Christmas Day (substitute day)');
    });
});

describe('Easter', () => {
    test.each([
        [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'], [2019, '2019-04-21'],
        [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'],
        [2038, '2038-04-25'], [2285, '2285-03-22']
    ])('Easter Sunday %i is %s', (year, date) => {
        expect(isoDate(easterSunday(year))).toBe(date);
    });
});

describe('one-off holidays (data)', () => {
    test('each entry is a real weekday, in known regions, replacing a holiday that exists that year', () => {
        for (const h of oneOff.holidays as Array<{ date: string; name: string; regions: string[]; replaces?: string }>) {
            const date = iso(h.date);
            expect(isoDate(date)).toBe(h.date);
            expect(h.regions.length).toBeGreaterThan(0);
            for (const region of h.regions) {
                expect(['england-and-wales', 'scotland', 'northern-ireland']).toContain(region);
                if (h.replaces) {
                    expect(usualBankHolidays(date.year, region as Region).map(u => u.key), h.name).toContain(h.replaces);
                }
            }
            expect(isWorkingDay(date)).toBe(false);
        }
    });

    test('a moved holiday is no longer on its usual day', () => {
        expect(isBankHoliday(iso('2022-05-30'))).toBe(false);
        expect(isBankHoliday(iso('2022-06-02'))).toBe(true);
        expect(isBankHoliday(iso('2020-05-04'), 'scotland')).toBe(false);
        expect(isBankHoliday(iso('2020-05-08'), 'scotland')).toBe(true);
        expect(isBankHoliday(iso('2012-05-28'))).toBe(false);
    });

    test('the state funeral and the coronation', () => {
        for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as Region[]) {
            expect(isBankHoliday(iso('2022-09-19'), region)).toBe(true);
            expect(isBankHoliday(iso('2023-05-08'), region)).toBe(true);
        }
    });
});

describe('working days', () => {
    test('weekends and bank holidays are not working days', () => {
        expect(isWorkingDay(iso('2026-05-01'))).toBe(true); // a Friday
        expect(isWorkingDay(iso('2026-05-02'))).toBe(false); // a Saturday
        expect(isWorkingDay(iso('2026-05-04'))).toBe(false); // early May bank holiday
        expect(isWorkingDay(iso('2026-04-06'))).toBe(false); // Easter Monday
        expect(isWorkingDay(iso('2026-04-06'), 'scotland')).toBe(true); // not a holiday in Scotland
    });

    test('the day counted from is day 0, the next working day is day 1', () => {
        expect(workingDaysBetween(iso('2026-03-02'), iso('2026-03-02'))).toBe(0);
        expect(workingDaysBetween(iso('2026-03-02'), iso('2026-03-03'))).toBe(1);
        // A Friday to the Monday after: only the Monday counts.
        expect(workingDaysBetween(iso('2026-03-06'), iso('2026-03-09'))).toBe(1);
        // A weekend day counts as the working day before it.
        expect(workingDaysBetween(iso('2026-03-02'), iso('2026-03-07'))).toBe(4);
        expect(workingDaysBetween(iso('2026-03-03'), iso('2026-03-02'))).toBe(-1);
    });

    test('across Easter', () => {
        // Thursday 2 April 2026 to Tuesday 7 April: Good Friday and Easter Monday are left out.
        expect(workingDaysBetween(iso('2026-04-02'), iso('2026-04-07'))).toBe(1);
        // Scotland has no Easter Monday holiday.
        expect(workingDaysBetween(iso('2026-04-02'), iso('2026-04-07'), 'scotland')).toBe(2);
        expect(isoDate(addWorkingDays(iso('2026-04-02'), 1))).toBe('2026-04-07');
        expect(isoDate(addWorkingDays(iso('2026-04-07'), -1))).toBe('2026-04-02');
    });

    test('across Christmas and New Year', () => {
        // Thursday 24 December 2026 to Monday 4 January 2027: 25 and 28 December and 1 January are holidays.
        expect(workingDaysBetween(iso('2026-12-24'), iso('2027-01-04'))).toBe(4);
        expect(workingDaysBetween(iso('2026-12-24'), iso('2027-01-04'), 'scotland')).toBe(3);
        expect(isoDate(addWorkingDays(iso('2026-12-24'), 1))).toBe('2026-12-29');
        expect(isoDate(addWorkingDays(iso('2027-12-24'), 1))).toBe('2027-12-29');
    });

    test('the 45th working day after a referral is the last day within the limit', () => {
        // Referral Monday 2 March 2026: Good Friday, Easter Monday and 4 May fall inside.
        const deadline = addWorkingDays(iso('2026-03-02'), 45);
        expect(isoDate(deadline)).toBe('2026-05-07');
        expect(workingDaysBetween(iso('2026-03-02'), deadline)).toBe(45);
        expect(workingDaysBetween(iso('2026-03-02'), iso('2026-05-08'))).toBe(46);
        // Amira's assessment: referral 2 March, completed 20 April 2026.
        expect(workingDaysBetween(iso('2026-03-02'), iso('2026-04-20'))).toBe(33);
        // The day 10 checkpoint.
        expect(isoDate(addWorkingDays(iso('2026-03-02'), 10))).toBe('2026-03-16');
    });

    test('counting and adding agree over many years', () => {
        const start = iso('2019-12-20');
        for (const n of [1, 5, 10, 45, 100, 260, 1000]) {
            const end = addWorkingDays(start, n, 'northern-ireland');
            expect(workingDaysBetween(start, end, 'northern-ireland')).toBe(n);
            expect(isWorkingDay(end, 'northern-ireland')).toBe(true);
        }
    });
});
