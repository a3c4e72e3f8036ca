/**
 * Dates as people write them: `14/05/2018` (day first, as in the UK) or `2018-05-14`.
 * A date is kept as a plain calendar day, with no time zone, so that nothing shifts by a day.
 */
export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The written form's parts, whether or not they make a real date. */
export function dateParts(text: string): CalendarDate | undefined {
    let m = UK.exec(text.trim());
    if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    m = ISO.exec(text.trim());
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return undefined;
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a written date is not a real one, in plain words; undefined when it is fine. */
export function dateProblem(text: string): string | undefined {
    const d = dateParts(text);
    if (!d) return `'${text}' is not a date. Write dates as day/month/year, for example 14/05/2026, or as 2026-05-14.`;
    if (d.month < 1 || d.month > 12) {
        return `'${text}' has no month ${d.month}: months go from 1 to 12. Dates are read day first, as 14/05/2026.`;
    }
    if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
        const name = MONTHS[d.month - 1];
        return `'${text}' is not a real date: ${name} ${d.year} has ${daysInMonth(d.year, d.month)} days.`;
    }
    if (d.year < 1900 || d.year > 2200) return `'${text}' has the year ${d.year}, which looks like a typing slip.`;
    return undefined;
}

/** The real date a text stands for, or undefined when it is not one. */
export function parseDate(text: string): CalendarDate | undefined {
    return dateProblem(text) === undefined ? dateParts(text) : undefined;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

export function formatDate(d: CalendarDate): string {
    return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today's date on this computer, as a calendar day. */
export function today(): CalendarDate {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Whole years and months between a birth date and a day, as people say ages. */
export function age(born: CalendarDate, on: CalendarDate): { years: number; months: number } | undefined {
    if (compareDates(born, on) > 0) return undefined;
    let months = (on.year - born.year) * 12 + (on.month - born.month);
    if (on.day < born.day) months -= 1;
    return { years: Math.floor(months / 12), months: months % 12 };
}

export function describeAge(born: CalendarDate, on: CalendarDate): string {
    const a = age(born, on);
    if (!a) return 'not born yet';
    if (a.years >= 2) return `${a.years} years old`;
    const months = a.years * 12 + a.months;
    if (months >= 1) return `${months} month${months === 1 ? '' : 's'} old`;
    return 'under a month old';
}
