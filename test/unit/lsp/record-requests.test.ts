import { ResponseError } from 'vscode-languageserver-protocol';
import { URI } from 'langium';
import { parseFragment } from 'parse5';
import { find as elements, attr, textOf, type Element } from '../../helpers/html.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previewOf, reportOf, RULES, type PreviewResult, type ReportResult } from '../../../language/src/index.js';
import { checkedDocument } from '../../../language/src/lsp/record-requests.js';
import { StdioClient } from '../../helpers/lsp-client.js';
import { checkRecords, makeServices, record } from '../../helpers/services.js';


const plan = record`
    plan "Child in need plan for Amira"
      kind: child in need plan
      review: every 6 weeks
      next review: 24/07/2026

    people
      child Amira "Amira Hassan", born 14/05/2018
      mother Sara "Sara Hassan"

    outcome attendance: Amira goes to school every day.
      measure: Attendance is 95% or more.
      action: Sara walks Amira to school.
        who: Sara
        by: 05/05/2026
      action: Breakfast club on school days.
        by: every school day
`;

describe('the preview', () => {
    test('a body fragment: no page, no script, nothing fetched from elsewhere', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const preview = previewOf(document, makeServices().AssessmentLens.lens.Settings.current);
        expect(preview.title).toBe('Child in need plan for Amira');
        expect(preview.html.startsWith('<main class="record">')).toBe(true);
        expect(preview.html).not.toMatch(/<html|<head|<body|<script|<link|<img|<iframe|\bsrc=|url\(|https?:/i);
        expect(preview.html).not.toMatch(/\son[a-z]+=/i);
    });

    test('every top-level block says the line (0-based) it comes from', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const { html } = previewOf(document, makeServices().AssessmentLens.lens.Settings.current);
        const main = elements(parseFragment(html), e => e.tagName === 'main')[0];
        const blocks = main.childNodes.filter((n): n is Element => 'tagName' in n);
        expect(blocks.length).toBeGreaterThan(5);
        for (const block of blocks) expect(attr(block, 'data-line'), `<${block.tagName}> has no data-line`).toMatch(/^\d+$/);
        const lineOf = (text: string) => plan.split('\n').findIndex(l => l.trim().startsWith(text));
        const at = (match: (e: Element) => boolean) => Number(attr(blocks.find(match)!, 'data-line'));
        expect(at(e => e.tagName === 'h1')).toBe(lineOf('plan "'));
        expect(at(e => attr(e, 'class') === 'details')).toBe(lineOf('kind:'));
        expect(at(e => e.tagName === 'h2' && textOf(e) === 'The people in this record')).toBe(lineOf('people'));
        expect(at(e => e.tagName === 'h2' && textOf(e) === 'What we will do')).toBe(lineOf('outcome attendance'));
        // The rows of the plan's table each go back to their own line too.
        const rows = elements(main, e => e.tagName === 'tr' && attr(e, 'data-line') !== undefined).map(e => Number(attr(e, 'data-line')));
        expect(rows).toEqual([lineOf('child Amira'), lineOf('mother Sara'), lineOf('outcome attendance'), lineOf('action: Breakfast')]);
    });

    test('its stylesheet takes its colours from the editor\'s theme, with fallbacks', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const { css } = previewOf(document, makeServices().AssessmentLens.lens.Settings.current);
        expect(css).toMatch(/var\(--vscode-editor-foreground, #[0-9a-f]{6}\)/);
        expect(css).toMatch(/var\(--vscode-editor-background, #[0-9a-f]{6}\)/);
        expect(css).not.toMatch(/@import|url\(/);
    });
});

describe('the quality report', () => {
    test('the rubric\'s scores, the completeness figure, and each criterion', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const report = reportOf(document, makeServices().AssessmentLens.lens.Settings.current);
        expect(report.title).toBe('Child in need plan for Amira');
        expect(report.criteria.map(c => c.id)).toEqual(['voice', 'completeness', 'smart-plan', 'timeliness', 'plain-language', 'facts-and-opinions']);
        const completeness = report.criteria.find(c => c.id === 'completeness')!;
        expect(report.completeness).toBe(completeness.score);
        expect(typeof report.completeness).toBe('number');
        // A plan with no facts or opinions is not marked on them.
        expect(report.criteria.find(c => c.id === 'facts-and-opinions')).toEqual({ id: 'facts-and-opinions', name: 'Facts and opinions', status: 'not applicable', score: null });
        // The plan has no contingency and one action says nobody: the SMART plan is not met.
        expect(report.criteria.find(c => c.id === 'smart-plan')!.status).not.toBe('met');
        expect(report.score).toBeGreaterThan(0);
        expect(report.score).toBeLessThan(100);
        expect(report.html).toMatch(/^<main class="report">\n<h1>Quality report: Child in need plan for Amira<\/h1>/);
        expect(report.html).not.toMatch(/<script|<html|<head/i);
    });

    test('each finding links to its place in the record (0-based line and column)', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const report: ReportResult = reportOf(document, makeServices().AssessmentLens.lens.Settings.current);
        const links = elements(parseFragment(report.html), e => e.tagName === 'a');
        const places = links.map(a => `${attr(a, 'href')} ${attr(a, 'data-line')}:${attr(a, 'data-column')}`);
        const expected = (document.diagnostics ?? []).map(d => `# ${d.range.start.line}:${d.range.start.character}`);
        expect(expected.length).toBeGreaterThan(1);
        expect(places.sort()).toEqual(expected.sort());
        // The action with no "who:" is among them, where the editor shows it.
        const who = document.diagnostics!.find(d => d.code === 'action/who')!;
        expect(who.range.start.line).toBe(plan.split('\n').findIndex(l => l.includes('Breakfast club')));
        expect(places).toContain(`# ${who.range.start.line}:${who.range.start.character}`);
    });

    test('a criterion whose checks are all turned off is "not checked"', async () => {
        const [document] = await checkRecords({ 'amira.plan': plan });
        const off = Object.fromEntries(RULES.filter(r => r.id.startsWith('time/')).map(r => [r.id, 'off' as const]));
        const report = reportOf(document, makeServices({ rules: off }).AssessmentLens.lens.Settings.current);
        expect(report.criteria.find(c => c.id === 'timeliness')).toMatchObject({ status: 'not checked', score: null });
        expect(reportOf(document, makeServices().AssessmentLens.lens.Settings.current).criteria.find(c => c.id === 'timeliness')!.score).toBeTypeOf('number');
    });
});

describe('waiting for a record to be checked', () => {
    test('a request for a record being checked waits until it is checked', async () => {
        const { shared } = makeServices();
        const uri = URI.file('/records/wait/amira.plan');
        const document = shared.workspace.LangiumDocumentFactory.fromString(plan, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        const building = shared.workspace.DocumentBuilder.build([document], { validation: true });
        const checked = await checkedDocument(shared, uri.toString());
        expect(checked.diagnostics?.length).toBeGreaterThan(0);
        await building;
    });

    test('an unknown record is a plain-English error', async () => {
        const { shared } = makeServices();
        const error = await checkedDocument(shared, 'file:///records/nobody.plan').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).message).toBe('Assessment Lens does not know the record nobody.plan. Open it in the editor, then try again.');
        const none = await checkedDocument(shared, undefined).catch((e: unknown) => e);
        expect((none as ResponseError<unknown>).message).toMatch(/^Say which record to show/);
    });
});

describe('over LSP, from the built server', () => {
    let client: StdioClient;
    const uri = 'file:///records/requests/amira.plan';

    beforeAll(async () => {
        client = new StdioClient({ today: '2026-05-01' });
        await client.initialize();
    });

    afterAll(() => {
        if (client.process.exitCode === null) client.process.kill();
    });

    test('assessmentLens/preview answers with the record as a family reads it', async () => {
        const published = client.diagnosticsFor(uri);
        await client.open(uri, plan);
        await published;
        const preview = await client.request<PreviewResult>('assessmentLens/preview', { uri });
        expect(preview.title).toBe('Child in need plan for Amira');
        expect(preview.html).toContain('<h1 id="child-in-need-plan-for-amira" data-line="0">Child in need plan for Amira</h1>');
        expect(preview.css).toContain('--vscode-editor-foreground');
    });

    test('assessmentLens/report answers after a change with the findings of the new text', async () => {
        const before = await client.request<ReportResult>('assessmentLens/report', { uri });
        const whoLine = plan.split('\n').findIndex(l => l.includes('Breakfast club'));
        expect(before.html).toContain(`data-line="${whoLine}"`);
        // Say who runs breakfast club: the finding about it goes, and the report says so at once.
        const fixed = plan.replace('  action: Breakfast club on school days.\n', '  action: Breakfast club on school days.\n    who: Sara\n');
        expect(fixed).not.toBe(plan);
        await client.change(uri, fixed, 2);
        const after = await client.request<ReportResult>('assessmentLens/report', { uri });
        const links = [...after.html.matchAll(/data-line="(\d+)" data-column="(\d+)"/g)].map(m => Number(m[1]));
        expect(links).not.toContain(whoLine);
        expect(after.criteria).toHaveLength(6);
        expect(after.completeness).toEqual(after.criteria.find(c => c.id === 'completeness')!.score);
    });

    test('a request sent straight after the record is opened answers for that record', async () => {
        const other = 'file:///records/requests/straight-away.plan';
        await client.open(other, plan);
        const report = await client.request<ReportResult>('assessmentLens/report', { uri: other });
        expect(report.title).toBe('Child in need plan for Amira');
        expect(report.html).toContain('data-line="14"');
    });

    test('a record the server does not know is an error in plain English', async () => {
        const error = await client.request('assessmentLens/report', { uri: 'file:///records/requests/missing.plan' }).catch((e: unknown) => e);
        expect((error as Error).message).toMatch(/Assessment Lens does not know the record missing\.plan\. Open it in the editor, then try again\.$/);
    });
});
