import { parse } from 'parse5';
import { find, attr, textOf } from '../../helpers/html.js';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../language/src/index.js';
import {
    CRITERIA, cohortOf, cohortToCsv, cohortToHtml, cohortToMarkdown, criterionOf, recordFacts, reportFindings, reportToCsv, reportToHtml,
    reportToMarkdown, rubric, unreadable, type FindingSeverity, type RecordFacts, type ReportFinding
} from '../../../language/src/report/index.js';
import { checkRecords, record } from '../../helpers/services.js';


const ALL = RULES.map(r => r.id);
const assessmentFacts: RecordFacts = { file: 'a.assessment', title: 'Assessment for Amira', kinds: ['assessment'], hasEvidence: true };
const planFacts: RecordFacts = { file: 'p.plan', title: 'Plan for Amira', kinds: ['plan'], hasEvidence: false };
// The facts-and-opinions criterion counts the evidence group; name one so these tests do not depend on which rules exist yet.
const ON = [...ALL, 'evidence/source'];

function finding(rule: string, severity: FindingSeverity, line = 1): ReportFinding {
    return { rule, severity, message: `${rule} message`, file: 'a.assessment', line, column: 1 };
}

const criterion = (report: ReturnType<typeof rubric>, id: string) => report.criteria.find(c => c.id === id)!;

describe('the rubric', () => {
    test('each rule counts towards one criterion, by its group; a rule named on its own first', () => {
        expect(criterionOf('voice/missing')?.id).toBe('voice');
        expect(criterionOf('plan/child-view')?.id).toBe('voice');
        expect(criterionOf('plan/review')?.id).toBe('smart-plan');
        expect(criterionOf('action/who')?.id).toBe('smart-plan');
        expect(criterionOf('time/review-overdue')?.id).toBe('timeliness');
        expect(criterionOf('language/jargon')?.id).toBe('plain-language');
        expect(criterionOf('assessment/purpose')?.id).toBe('completeness');
        expect(criterionOf('evidence/anything')?.id).toBe('facts-and-opinions');
        expect(criterionOf('privacy/personal-data')).toBeUndefined();
        expect(CRITERIA.map(c => c.name)).toEqual(['Voice of the child', 'Completeness', 'SMART plan', 'Timeliness', 'Plain language', 'Facts and opinions']);
    });

    test('scores: 100 less 30 an error, 10 a warning, 3 a note; met, partly or not met', () => {
        const score = (...severities: FindingSeverity[]) => {
            const c = criterion(rubric(assessmentFacts, severities.map(s => finding('voice/missing', s)), ON), 'voice');
            return `${c.score} ${c.status}`;
        };
        expect(score()).toBe('100 met');
        expect(score('info', 'info', 'info', 'info', 'info')).toBe('85 met');
        expect(score('info', 'info', 'info', 'info', 'info', 'info')).toBe('82 partly');
        expect(score('warning')).toBe('90 partly');
        expect(score('error')).toBe('70 partly');
        expect(score('error', 'error')).toBe('40 not met');
        expect(score('error', 'error', 'error', 'error')).toBe('0 not met');
        expect(score('hint')).toBe('100 met');
    });

    test('a SMART plan only for plans; facts and opinions for assessments, and plans that record them', () => {
        const a = rubric(assessmentFacts, [], ON);
        expect(criterion(a, 'smart-plan').status).toBe('not applicable');
        expect(criterion(a, 'facts-and-opinions').status).toBe('met');
        const p = rubric(planFacts, [], ON);
        expect(criterion(p, 'smart-plan').status).toBe('met');
        expect(criterion(p, 'facts-and-opinions').status).toBe('not applicable');
        expect(criterion(rubric({ ...planFacts, hasEvidence: true }, [], ON), 'facts-and-opinions').status).toBe('met');
    });

    test('a criterion none of whose checks is on is "not checked", not "met"', () => {
        const r = rubric(assessmentFacts, [], ON.filter(id => !id.startsWith('language/')));
        expect(criterion(r, 'plain-language').status).toBe('not checked');
        expect(criterion(r, 'plain-language').score).toBeUndefined();
    });

    test('the overall score is the average of the criteria that apply; other findings are listed apart', () => {
        const r = rubric(assessmentFacts, [finding('voice/missing', 'error'), finding('time/invalid-date', 'warning'), finding('privacy/personal-data', 'error')], ON);
        // voice 70, completeness 100, timeliness 90, plain language 100, facts and opinions 100
        expect(r.score).toBe(92);
        expect(r.other.map(f => f.rule)).toEqual(['privacy/personal-data']);
    });

    test('from a checked record: its title, kinds and findings with their lines', async () => {
        const [document] = await checkRecords({ 'p.plan': record`
            plan "Plan for Kai"
              outcome safe: Kai is safe.
                action: Someone checks.
        ` });
        expect(recordFacts(document, 'p.plan')).toEqual({ file: 'p.plan', title: 'Plan for Kai', kinds: ['plan'], hasEvidence: false });
        const findings = reportFindings(document, 'p.plan');
        expect(findings).toContainEqual(expect.objectContaining({ rule: 'action/who', severity: 'error', line: 3, column: 5, file: 'p.plan' }));
        const r = rubric(recordFacts(document, 'p.plan'), findings, ALL);
        expect(criterion(r, 'smart-plan').status).toBe('not met');
    });
});

describe('the report as a page, Markdown and CSV', () => {
    const one = rubric(assessmentFacts, [finding('voice/missing', 'error', 12), finding('language/jargon', 'info', 30)], ON);
    const two = rubric(planFacts, [finding('plan/contingency', 'error', 3)], ON);
    const cohort = cohortOf([one, two, unreadable('broken.plan', 'This is not a text file, so it cannot be a record.')]);

    test('one record: its criteria, and each finding linked to its place', () => {
        const doc = parse(reportToHtml(one, { linkFor: f => `${f.file}#L${f.line}` }));
        const rows = find(find(doc, e => e.tagName === 'table')[0], e => e.tagName === 'tr').slice(1).map(r => find(r, e => e.tagName === 'th' || e.tagName === 'td').map(textOf));
        expect(rows[0]).toEqual(['Voice of the child', '◐ partly', '70', '1']);
        expect(rows[2]).toEqual(['SMART plan', '– not applicable', '–', '0']);
        const links = find(doc, e => e.tagName === 'a').map(a => [attr(a, 'href'), textOf(a)]);
        expect(links).toEqual([['a.assessment#L12', 'a.assessment:12'], ['a.assessment#L30', 'a.assessment:30']]);
        expect(reportToMarkdown(one)).toContain('- `a.assessment:12` **error**: voice/missing message (voice/missing)');
        expect(reportToCsv(one).split('\r\n')[1]).toBe('a.assessment,Voice of the child,partly,70,1,0,0,0');
    });

    test('a cohort: a sortable table, one row a record, one column a criterion, totals, and links to each record\'s detail', () => {
        const html = cohortToHtml(cohort);
        const doc = parse(html);
        const table = find(doc, e => e.tagName === 'table' && (attr(e, 'class') ?? '').includes('sortable'))[0];
        const head = find(find(table, e => e.tagName === 'thead')[0], e => e.tagName === 'th').map(textOf);
        expect(head).toEqual(['Record', ...CRITERIA.map(c => c.name), 'Overall']);
        const body = find(find(table, e => e.tagName === 'tbody')[0], e => e.tagName === 'tr');
        expect(body).toHaveLength(3);
        const hrefs = body.map(r => attr(find(r, e => e.tagName === 'a')[0], 'href'));
        expect(hrefs).toEqual(['#record-1', '#record-2', '#record-3']);
        for (const href of hrefs) expect(find(doc, e => attr(e, 'id') === href!.slice(1))).toHaveLength(1);
        expect(find(find(table, e => e.tagName === 'tfoot')[0], e => e.tagName === 'td').map(textOf)[0]).toBe('851 of 2 met');
        expect(html).toMatch(/<script>[\s\S]*aria-sort[\s\S]*<\/script>/);
        expect(html).not.toMatch(/<script src|<link|https?:\/\//);
    });

    test('a cohort in Markdown and CSV; CSV fields are quoted and formulas kept as text', () => {
        expect(cohortToMarkdown(cohort)).toContain('| [a.assessment](#record-1) | 70 ◐ | 100 ✓ | n/a | 100 ✓ | 97 ✓ | 100 ✓ | 93 |');
        const csv = cohortToCsv(cohortOf([{ ...one, title: '=HYPERLINK("x"), "quoted"' }])).split('\r\n');
        expect(csv[0].split(',').slice(0, 5)).toEqual(['file', 'title', 'kinds', 'Voice of the child score', 'Voice of the child result']);
        expect(csv[1]).toContain('"\'=HYPERLINK(""x""), ""quoted"""');
        expect(csv[2].startsWith('Average,')).toBe(true);
    });
});
