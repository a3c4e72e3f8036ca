import type { CalendarDate } from '../dates.js';
import { compareDates, parseDate } from '../dates.js';
import type { Region } from '../settings.js';
import oneOff from '../data/bank-holidays-one-off.json' with { type: 'json' };
import { addDays, isWeekend, weekday } from './days.js';

/**
 * UK bank holidays, worked out from the rules that set them rather than copied from a list:
 * Easter by the Gregorian calendar, fixed dates moved off weekends, and Mondays in May and
 * August. Days the usual rules do not give (a jubilee, a state funeral, a moved holiday) are
 * data, in data/bank-holidays-one-off.json.
 */

/** The usual holidays, by a name that one-off data can refer to when it moves one. */
export type HolidayKey =
    | 'new-year' | 'second-january' | 'st-patricks-day' | 'good-friday' | 'easter-monday'
    | 'early-may' | 'spring' | 'battle-of-the-boyne' | 'summer' | 'st-andrews-day'
    | 'christmas' | 'boxing-day';

export interface BankHoliday {
    date: CalendarDate;
    name: string;
    /** Which usual holiday this is (also when moved or a substitute day); none for a one-off. */
    key?: HolidayKey;
    /** True when the day stands in for a holiday that fell at a weekend. */
    substitute?: boolean;
}

interface OneOff {
    date: string;
    name: string;
    regions: string[];
    replaces?: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDate {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return { year, month, day };
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): CalendarDate {
    const first = { year, month, day: 1 };
    return addDays(first, (8 - weekday(first)) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): CalendarDate {
    const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    const last = addDays(next, -1);
    return addDays(last, -((weekday(last) + 6) % 7));
}

interface Fixed {
    key: HolidayKey;
    name: string;
    month: number;
    day: number;
}

/**
 * Fixed-date holidays that sit next to each other (New Year's Day and 2 January; Christmas Day
 * and Boxing Day) share their substitute days. A holiday on a weekday keeps its date. One that
 * falls at a weekend moves to the first weekday after it that is not already a holiday of its
 * group, taken in date order. So Christmas on a Saturday gives Monday 27 and Tuesday 28
 * December; Christmas on a Sunday gives Boxing Day on Monday 26 and Christmas's substitute on
 * Tuesday 27; Boxing Day on a Saturday moves to Monday 28.
 */
function placeGroup(year: number, group: readonly Fixed[]): BankHoliday[] {
    const placed: BankHoliday[] = [];
    const taken = new Set<number>();
    const weekend: Fixed[] = [];
    for (const holiday of group) {
        const date = { year, month: holiday.month, day: holiday.day };
        if (isWeekend(date)) {
            weekend.push(holiday);
        } else {
            placed.push({ date, name: holiday.name, key: holiday.key });
            taken.add(date.day + 100 * date.month);
        }
    }
    for (const holiday of weekend) {
        let date = addDays({ year, month: holiday.month, day: holiday.day }, 1);
        while (isWeekend(date) || taken.has(date.day + 100 * date.month)) date = addDays(date, 1);
        taken.add(date.day + 100 * date.month);
        placed.push({ date, name: `${holiday.name} (substitute day)`, key: holiday.key, substitute: true });
    }
    return placed;
}

const NEW_YEAR: Fixed = { key: 'new-year', name: "New Year's Day", month: 1, day: 1 };
const SECOND_JANUARY: Fixed = { key: 'second-january', name: '2nd January', month: 1, day: 2 };
const ST_PATRICK: Fixed = { key: 'st-patricks-day', name: "St Patrick's Day", month: 3, day: 17 };
const BOYNE: Fixed = { key: 'battle-of-the-boyne', name: "Battle of the Boyne (Orangemen's Day)", month: 7, day: 12 };
const ST_ANDREW: Fixed = { key: 'st-andrews-day', name: "St Andrew's Day", month: 11, day: 30 };
const CHRISTMAS: Fixed = { key: 'christmas', name: 'Christmas Day', month: 12, day: 25 };
const BOXING_DAY: Fixed = { key: 'boxing-day', name: 'Boxing Day', month: 12, day: 26 };

/** The holidays the usual rules give a region in a year, before one-off changes. */
export function usualBankHolidays(year: number, region: Region): BankHoliday[] {
    const easter = easterSunday(year);
    const list: BankHoliday[] = [];
    list.push(...placeGroup(year, region === 'scotland' ? [NEW_YEAR, SECOND_JANUARY] : [NEW_YEAR]));
    if (region === 'northern-ireland') list.push(...placeGroup(year, [ST_PATRICK]));
    list.push({ date: addDays(easter, -2), name: 'Good Friday', key: 'good-friday' });
    if (region !== 'scotland') list.push({ date: addDays(easter, 1), name: 'Easter Monday', key: 'easter-monday' });
    // The early May bank holiday began in 1978.
    if (year >= 1978) list.push({ date: firstMonday(year, 5), name: 'Early May bank holiday', key: 'early-may' });
    list.push({ date: lastMonday(year, 5), name: 'Spring bank holiday', key: 'spring' });
    if (region === 'northern-ireland') list.push(...placeGroup(year, [BOYNE]));
    list.push(region === 'scotland'
        ? { date: firstMonday(year, 8), name: 'Summer bank holiday', key: 'summer' }
        : { date: lastMonday(year, 8), name: 'Summer bank holiday', key: 'summer' });
    // St Andrew's Day has been a bank holiday in Scotland since 2007.
    if (region === 'scotland' && year >= 2007) list.push(...placeGroup(year, [ST_ANDREW]));
    list.push(...placeGroup(year, [CHRISTMAS, BOXING_DAY]));
    return list.sort((a, b) => compareDates(a.date, b.date));
}

const ONE_OFF: ReadonlyArray<{ date: CalendarDate; name: string; regions: string[]; replaces?: string }> =
    (oneOff.holidays as OneOff[]).flatMap(h => {
        const date = parseDate(h.date);
        return date ? [{ date, name: h.name, regions: h.regions, replaces: h.replaces }] : [];
    });

const cache = new Map<string, BankHoliday[]>();

/** Every bank holiday of a region in a year, in date order: the usual ones with the one-off changes made. */
export function bankHolidays(year: number, region: Region = 'england-and-wales'): readonly BankHoliday[] {
    const id = `${region} ${year}`;
    let list = cache.get(id);
    if (!list) {
        list = usualBankHolidays(year, region);
        for (const extra of ONE_OFF) {
            if (extra.date.year !== year || !extra.regions.includes(region)) continue;
            const key = extra.replaces as HolidayKey | undefined;
            if (key) list = list.filter(h => h.key !== key);
            list.push({ date: extra.date, name: extra.name, key });
        }
        list.sort((a, b) => compareDates(a.date, b.date));
        cache.set(id, list);
    }
    return list;
}

/** The bank holiday on a day, if there is one. */
export function bankHolidayOn(date: CalendarDate, region: Region = 'england-and-wales'): BankHoliday | undefined {
    return bankHolidays(date.year, region).find(h => compareDates(h.date, date) === 0);
}

export function isBankHoliday(date: CalendarDate, region: Region = 'england-and-wales'): boolean {
    return bankHolidayOn(date, region) !== undefined;
}
