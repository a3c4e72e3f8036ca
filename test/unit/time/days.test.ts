import { describe, expect, test } from 'vitest';
import { addMonths, dayNumber, fromDayNumber, isoDate, weekday } from '../../../language/src/time/days.js';

describe('day arithmetic', () => {
    test('day numbers agree with the calendar from 1900 to 2200', () => {
        for (let n = dayNumber({ year: 1900, month: 1, day: 1 }); n <= dayNumber({ year: 2200, month: 12, day: 31 }); n += 13) {
            const js = new Date(n * 86_400_000);
            const date = { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
            expect(dayNumber(date)).toBe(n);
            expect(fromDayNumber(n)).toEqual(date);
            expect(weekday(date)).toBe(js.getUTCDay());
        }
    });

    test('adding months keeps the day, or takes the last day of a shorter month', () => {
        expect(isoDate(addMonths({ year: 2025, month: 11, day: 1 }, 6))).toBe('2026-05-01');
        expect(isoDate(addMonths({ year: 2025, month: 8, day: 31 }, 6))).toBe('2026-02-28');
        expect(isoDate(addMonths({ year: 2023, month: 8, day: 31 }, 6))).toBe('2024-02-29');
        expect(isoDate(addMonths({ year: 2026, month: 5, day: 1 }, -6))).toBe('2025-11-01');
    });
});
