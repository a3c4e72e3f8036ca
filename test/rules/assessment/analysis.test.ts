import { expect, test } from 'vitest';
import { assessmentAnalysis } from '../../../language/src/rules/assessment/analysis.js';
import { applyFix, onlyAdded } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings } from '../../helpers/services.js';
import { LEO, lineOf, without } from './records.js';

const analysis = '  The breakfast log fits this: Leo is hungry mostly on Mondays, after weekends when Chloe is\n  on her own.';
const withAnalysis = (text: string) => LEO.replace(analysis, text);
const vague = withAnalysis('  Mum appears to be struggling and there are a number of concerns. It seems that the\n  children\'s needs are not being met consistently.');
const none = without(LEO, 'analysis', ...analysis.split('\n'));

ruleCases(assessmentAnalysis, {
    valid: [
        { name: 'a phrase from a fact\'s source (breakfast log)', text: LEO },
        { name: 'what a named person said', text: withAnalysis('  We thought Chloe was low in the mornings. Chloe told me this on 08/01/2026 too.') },
        { name: 'a person and what was seen', text: withAnalysis('  We thought Leo might not be fed at home, but Tom was seen giving him breakfast.') },
        { name: 'an agency by name', text: withAnalysis('  The Nursery sees Leo hungry mostly after weekends with Chloe alone.') },
        { name: 'an opinion with what it is based on, in the analysis', text: withAnalysis('  opinion of Dev: Leo is loved but not fed on bad days.\n    based on: two home visits') }
    ],
    invalid: [
        { name: 'no analysis', text: none, lines: [1], messageIncludes: 'no "analysis"' },
        { name: 'an analysis that points to no evidence', text: vague, lines: [lineOf(vague, 'analysis')], messageIncludes: 'evidence' },
        { name: 'an empty analysis', text: without(LEO, ...analysis.split('\n')), lines: [lineOf(LEO, 'analysis')], messageIncludes: 'empty' }
    ]
});

test('the fix adds an analysis section before the decision, to be written', async () => {
    const fixed = await applyFix(none, 'assessment/analysis', { file: 'record.assessment' });
    expect(onlyAdded(none, fixed)).toBe(true);
    expect(fixed).toMatch(/that Dev could speak to the nursery\.\n\nanalysis\n {2}<what you think is happening[^\n]*>\n\ndecision:/);
    // The section is there; what is written in it still needs to point to the evidence.
    const after = (await findings(fixed, 'record.assessment')).filter(d => d.code === 'assessment/analysis');
    expect(after.map(d => d.message.includes('does not point to any evidence'))).toEqual([true]);
});
