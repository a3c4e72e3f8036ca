import { expect, test } from 'vitest';
import { fromEditor, SettingsStore } from '../../language/src/index.js';

test('the editor\'s settings are read, and its empty defaults leave the team\'s settings alone', () => {
    expect(fromEditor({ rules: { 'action/vague': 'off', 'x/y': 'loud' }, today: ' ', region: '', assessmentWorkingDays: null, reviewMaxWeeks: null }))
        .toEqual({ rules: { 'action/vague': 'off' }, today: undefined });
    expect(fromEditor({ region: 'scotland', assessmentWorkingDays: 50, reviewMaxWeeks: 8 }))
        .toEqual({ region: 'scotland', assessmentWorkingDays: 50, reviewMaxWeeks: 8 });
    expect(fromEditor({ staleMonths: 3, longSentenceWords: 30.5, fullCheckChars: 1_000_000, reviewMaxWeeks: 0, assessmentWorkingDays: Number.NaN }))
        .toEqual({ staleMonths: 3, longSentenceWords: 30, fullCheckChars: 1_000_000 });
    expect(fromEditor({ staleMonths: null, longSentenceWords: '25', fullCheckChars: -1 })).toEqual({});
    const store = new SettingsStore();
    store.setLayer('team', { region: 'northern-ireland', rules: { 'plan/review': 'warning' } });
    store.setLayer('person', fromEditor({ region: '', rules: { 'action/vague': 'off' } }));
    expect([store.current.region, store.current.rules]).toEqual(['northern-ireland', { 'plan/review': 'warning', 'action/vague': 'off' }]);
});
