import { daysInMonth, type CalendarDate } from '../dates.js';

/**
 * Counting whole days between calendar dates, with no clock and no time zone.
 * A day number counts days from 1 January 1970 (day 0); it is only used for arithmetic.
 */

/** The day number of a date (days since 1 January 1970, which is day 0). */
export function dayNumber(date: CalendarDate): number {
    // Days from civil, counting years from 1 March so that a leap day comes last.
    const y = date.month <= 2 ? date.year - 1 : date.year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const m = date.month;
    const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + date.day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number. */
export function fromDayNumber(n: number): CalendarDate {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
    return fromDayNumber(dayNumber(date) + days);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
    return dayNumber(to) - dayNumber(from);
}

/** 0 for Sunday, 1 for Monday, ... 6 for Saturday. */
export function weekday(date: CalendarDate): number {
    // 1 January 1970 was a Thursday.
    return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: CalendarDate): boolean {
    const w = weekday(date);
    return w === 0 || w === 6;
}

/** The same day some months later (or earlier); a day the month lacks becomes its last day (31 August + 6 months is 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
    const index = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The date written as YYYY-MM-DD. */
export function isoDate(date: CalendarDate): string {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
