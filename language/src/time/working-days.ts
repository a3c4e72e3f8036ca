import { compareDates, type CalendarDate } from '../dates.js';
import type { Region } from '../settings.js';
import { bankHolidays, isBankHoliday } from './bank-holidays.js';
import { addDays, dayNumber, isWeekend } from './days.js';

/**
 * Working days: Monday to Friday, except bank holidays in the chosen region.
 *
 * Counting follows the way time limits are set ("within 45 working days of the referral"):
 * the day something happens is day 0, and the next working day is day 1. So
 * `workingDaysBetween(referral, completed)` is the working day of the assessment on which it
 * was completed, and `addWorkingDays(referral, 45)` is the last day it can be completed within
 * 45 working days.
 */

export function isWorkingDay(date: CalendarDate, region: Region = 'england-and-wales'): boolean {
    return !isWeekend(date) && !isBankHoliday(date, region);
}

/**
 * The working day `n` working days after `date` (before it when `n` is negative).
 * With `n` = 0 it is `date` itself, whether or not that is a working day.
 */
export function addWorkingDays(date: CalendarDate, n: number, region: Region = 'england-and-wales'): CalendarDate {
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(Math.trunc(n));
    let day = date;
    while (left > 0) {
        day = addDays(day, step);
        if (isWorkingDay(day, region)) left--;
    }
    return day;
}

/**
 * The number of working days after `from`, up to and including `to`: the working days `d`
 * with from < d ≤ to. The day of `from` itself is never counted, so a referral on a Monday
 * and a visit on the Tuesday are 1 working day apart, and the same day is 0. A `to` that is
 * a weekend or a bank holiday counts as the working day before it. When `to` is before
 * `from`, the count is negative: minus the count from `to` to `from`.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, region: Region = 'england-and-wales'): number {
    const order = compareDates(from, to);
    if (order === 0) return 0;
    if (order > 0) return -workingDaysBetween(to, from, region);
    const first = dayNumber(from) + 1;
    const last = dayNumber(to);
    const total = last - first + 1;
    let weekdays = Math.floor(total / 7) * 5;
    for (let n = first + Math.floor(total / 7) * 7; n <= last; n++) {
        const w = (((n + 4) % 7) + 7) % 7; // day 0 (1 January 1970) was a Thursday
        if (w !== 0 && w !== 6) weekdays++;
    }
    const holidays = new Set<number>();
    for (let year = from.year; year <= to.year; year++) {
        for (const holiday of bankHolidays(year, region)) {
            const n = dayNumber(holiday.date);
            if (n >= first && n <= last && !isWeekend(holiday.date)) holidays.add(n);
        }
    }
    return weekdays - holidays.size;
}
