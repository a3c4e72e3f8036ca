import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { docxToModel, UnreadableDocument } from '../../../cli/src/import/docx.js';
import { parseConfig } from '../../../language/src/config.js';
import { headingKey, sectionFor } from '../../../language/src/import/headings.js';
import { readMarkdown } from '../../../language/src/import/markdown.js';
import { modelOf, type DocumentModel } from '../../../language/src/import/model.js';
import { readPlainText } from '../../../language/src/import/plain-text.js';
import { modelToRecord, NOTES } from '../../../language/src/import/to-record.js';
import { proseServices, readsAsPlainWriting } from '../../../language/src/prose-check/services.js';
import { findings } from '../../helpers/services.js';
import { COUNCIL, corruptDocument, councilAssessment, emptyDocument, noHeadings, PLAIN, unknownHeadings } from './docx-fixtures.js';

/** The characters that are not white space, in order. */
const ink = (text: string) => text.replace(/\s+/g, '');

/** True when every character of `part` appears in `whole`, in the same order. */
function inOrder(part: string, whole: string): boolean {
    let at = 0;
    for (const c of part) {
        at = whole.indexOf(c, at);
        if (at < 0) return false;
        at++;
    }
    return true;
}

/** The rules that say a record's lines are out of place or unreadable: an import must give none. */
const MISREAD = ['format/syntax', 'structure/misplaced'];

describe('a council-style assessment in Word', () => {
    test('is read into headings, paragraphs and a table', async () => {
        const model = await docxToModel(await councilAssessment());
        expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: COUNCIL.title });
        expect(model.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Health' });
        expect(model.blocks).toContainEqual({ kind: 'paragraph', text: COUNCIL.education });
        const table = model.blocks.find(b => b.kind === 'table');
        expect(table).toEqual({ kind: 'table', rows: [['Who', 'Outcome', 'Action', 'By when'], ...COUNCIL.plan.map(([o, a, w, b]) => [w, o, a, b])] });
    });

    test('becomes an assessment with its plan: headings to sections, the plan table to outcomes and actions', async () => {
        const { text, kind, title } = modelToRecord(await docxToModel(await councilAssessment()), { source: 'mia.docx' });
        expect(kind).toBe('assessment');
        expect(title).toBe(COUNCIL.title);
        expect(text).toContain(`assessment “${COUNCIL.title}”\n`);
        expect(text).toContain(`\n  purpose: ${COUNCIL.referral}\n`);
        expect(text).toMatch(/\nsection: 2\. Child's wishes and feelings\n {2}# This is the child's voice/);
        expect(text).toContain(`\ndevelopmental needs\n  # 3. Child's developmental needs\n\n  Health\n\n  ${COUNCIL.health}\n\n  Education\n\n  - ${COUNCIL.education}\n`);
        expect(text).toContain('\nparenting capacity\n');
        expect(text).toContain('\nfamily and environment\n');
        expect(text).toContain(`\ndecision:\n  # 7. Decision\n\n  ${COUNCIL.decision}\n`);
        expect(text).toContain(`\nplan “${COUNCIL.title}: plan”\n  from: ${COUNCIL.title}\n`);
        // The columns were Who, Outcome, Action, By when: each cell goes where its heading says.
        expect(text).toContain([
            `  outcome: ${COUNCIL.plan[0][0]}`,
            `    action: ${COUNCIL.plan[0][1]}`, `      who: ${COUNCIL.plan[0][2]}`, `      by: ${COUNCIL.plan[0][3]}`,
            `    action: ${COUNCIL.plan[1][1]}`, `      who: ${COUNCIL.plan[1][2]}`, `      by: ${COUNCIL.plan[1][3]}`,
            '', `  outcome: ${COUNCIL.plan[2][0]}`
        ].join('\n'));
        expect(text).toContain(`\n  contingency: ${COUNCIL.contingency}\n`);
        expect(text).toContain(`\n  review: ${COUNCIL.review}\n`);
    });

    test('the record reads as it should: no line out of place, and the checks say who to add', async () => {
        const { text } = modelToRecord(await docxToModel(await councilAssessment()));
        const found = await findings(text, 'mia.assessment');
        expect(found.filter(d => MISREAD.includes(String(d.code))).map(d => d.message)).toEqual([]);
        const rules = new Set(found.map(d => String(d.code)));
        expect(rules.has('reference/undeclared')).toBe(true);
        for (const words of Object.values(COUNCIL).flat(2)) if (words) expect(ink(text)).toContain(ink(words));
    });
});

describe('other Word documents', () => {
    test('with no headings: every paragraph is kept, and a paragraph that looks like a heading, comment or quote stays writing', async () => {
        const model = await docxToModel(await noHeadings());
        expect(model.blocks).toEqual(PLAIN.map(text => ({ kind: 'paragraph', text })));
        const { text, kind } = modelToRecord(model, { title: 'visit' });
        expect(kind).toBe('assessment');
        expect(text).toContain(`\n  ${PLAIN[0]}\n`);
        for (const line of PLAIN.slice(1)) expect(text).toContain(`\n  - ${line}\n`);
        expect((await findings(text, 'visit.assessment')).filter(d => MISREAD.includes(String(d.code)))).toEqual([]);
    });

    test('with unknown headings: each becomes a section with its own title, unless the team names it', async () => {
        const model = await docxToModel(await unknownHeadings());
        const plain = modelToRecord(model);
        expect(plain.text).toContain("\nsection: Jack's world\n\n  Jack loves football and his dog Biscuit.\n");
        expect(plain.text).toContain('\nsection: Things we talked about\n');
        expect(plain.headings.map(h => h.became)).toEqual(['section', 'section']);
        const team = parseConfig(JSON.stringify({ importHeadings: { "Jack's world": 'developmental needs' } })).settings.importHeadings;
        const named = modelToRecord(model, { headings: team });
        expect(named.text).toContain("\ndevelopmental needs\n  # Jack's world\n");
    });

    test('an empty one gives only the first line, and a damaged one a plain error', async () => {
        const model = await docxToModel(await emptyDocument());
        expect(model.blocks).toEqual([]);
        expect(modelToRecord(model, { title: 'empty' }).text).toBe([...NOTES.top(undefined), 'assessment “empty”', ''].join('\n'));
        await expect(docxToModel(corruptDocument())).rejects.toThrow(UnreadableDocument);
        await expect(docxToModel(new TextEncoder().encode('just some text'))).rejects.toThrow(/not a Word \(\.docx\) file/);
    });
});

describe('the heading table', () => {
    test('matches headings whatever their numbering, capitals, colon or brackets', () => {
        expect(headingKey('3.1 Child’s Developmental Needs:')).toBe("child's developmental needs");
        expect(sectionFor('4. PARENTING CAPACITY')).toBe('parenting capacity');
        expect(sectionFor('Family & Environmental Factors (housing, income)')).toBe('family and environment');
        expect(sectionFor("Children's wishes and feelings")).toBe('voice');
        expect(sectionFor('Contingency plan')).toBe('contingency');
        expect(sectionFor('The weather')).toBeUndefined();
    });

    test('a team\'s heading must name a part of a record', () => {
        const { settings, problems } = parseConfig(JSON.stringify({ importHeadings: { 'My world': 'feelings', 'Our worries': 'worries' } }));
        expect(settings.importHeadings).toEqual({ 'Our worries': 'worries' });
        expect(problems).toEqual([expect.stringContaining('"importHeadings.My world" is "feelings"')]);
    });

    test('a document with plan headings and a plan table is guessed to be a plan; --as decides', () => {
        const model: DocumentModel = { blocks: [
            { kind: 'heading', level: 1, text: 'Outcomes' },
            { kind: 'table', rows: [['Outcome', 'Who'], ['Tom is safe at home.', 'Dev']] },
            { kind: 'heading', level: 1, text: 'Contingency' },
            { kind: 'paragraph', text: 'If this does not work, Dev will call a meeting.' }
        ] };
        expect(modelToRecord(model).kind).toBe('plan');
        expect(modelToRecord(model, { as: 'assessment' }).text).toMatch(/^assessment .*\n[\s\S]*\nplan .*\n {2}from: /m);
    });
});

describe('plain text and Markdown', () => {
    test('plain text headings: numbered, in capitals, underlined, or a short line above writing', () => {
        const text = 'Visit note\n\n1. PURPOSE\nWhy we visited.\n\nAnalysis\n========\n\nWe think things are better.\n\nSigned off by Jo';
        expect(modelOf(readPlainText(text)).blocks).toEqual([
            { kind: 'heading', level: 2, text: 'Visit note' },
            { kind: 'heading', level: 1, text: '1. PURPOSE' },
            { kind: 'paragraph', text: 'Why we visited.' },
            { kind: 'heading', level: 1, text: 'Analysis' },
            { kind: 'paragraph', text: 'We think things are better.' },
            { kind: 'paragraph', text: 'Signed off by Jo' }
        ]);
    });

    test('Markdown: headings, list items, tables; code and HTML left out', () => {
        const md = '# Plan for Tom\n\n- Tom goes to school.\n- Tom sleeps well.\n\n| Outcome | Action | Who |\n| - | - | - |\n| Safe | Dev visits | Dev |\n\n```\ncode\n```\n';
        const model = modelOf(readMarkdown(md));
        expect(model.blocks).toEqual([
            { kind: 'heading', level: 1, text: 'Plan for Tom' },
            { kind: 'paragraph', text: 'Tom goes to school.', item: true },
            { kind: 'paragraph', text: 'Tom sleeps well.', item: true },
            { kind: 'table', rows: [['Outcome', 'Action', 'Who'], ['Safe', 'Dev visits', 'Dev']] }
        ]);
        const { text, kind } = modelToRecord(model);
        expect(kind).toBe('plan');
        expect(text).toContain('\n    - Tom goes to school.\n');
        expect(text).toContain('  outcome: Safe\n    action: Dev visits\n      who: Dev\n');
    });
});

describe('every character survives the import, in order', () => {
    // Words and line starts that mean something in a record: a label, a heading, a quote, a comment, a date.
    const starts = ['fact:', 'Fact:', '-', '- ', '>', '#', 'Strengths', 'assessment', 'plan', 'worry shouting:', 'voice of Amira', '12/01/2026', 'opinion of Jo:', 'who:', 'people'];
    const words = ['Amira', 'went', 'to', 'school', 'said', 'she', 'was', 'happy', 'the', 'home', 'is', 'clean', '“quoted”', "Dad's", '—', '...', '&', '50%'];
    const sentence = fc.tuple(fc.constantFrom(...starts, ...words), fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }), fc.constantFrom('', '.', '?', ':'))
        .map(([first, rest, end]) => [first, ...rest].join(' ') + end);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map(lines => lines.join('\n'));
    const heading = fc.constantFrom('Analysis', 'PARENTING CAPACITY', '3. Health', 'Things we talked about', 'Wishes and feelings', 'Contingency plan', 'Plan');
    const document = fc.array(fc.oneof(paragraph, heading), { minLength: 1, maxLength: 10 }).map(parts => parts.join('\n\n'));

    test('plain text: the source\'s characters are all in the record in the same order, and each paragraph is read as one piece of writing', () => {
        const lexer = proseServices().parser.Lexer;
        fc.assert(fc.property(document, fc.constantFrom('assessment' as const, 'plan' as const), (source, as) => {
            const model = modelOf(readPlainText(source));
            const { text } = modelToRecord(model, { as, title: 'Imported' });
            expect(inOrder(ink(source), ink(text))).toBe(true);
            const lines = text.split('\n');
            let cursor = 0;
            for (const block of model.blocks) {
                if (block.kind !== 'paragraph') continue;
                // The paragraph's own line, after the one of the paragraph before it.
                const at = lines.findIndex((l, i) => {
                    const content = l.trim();
                    return i >= cursor && (content === block.text || content === `- ${block.text}`
                        || /^(?:purpose|contingency|child's view|review|outcome): (.*)$/.exec(content)?.[1] === block.text);
                });
                const line = at >= 0 ? lines[at] : undefined;
                cursor = at + 1;
                expect(line, `paragraph ${JSON.stringify(block.text)} in\n${text}`).toBeDefined();
                // Read on its own line, it is writing: plain, a "- " entry, or the words after a label.
                const { tokens, hidden } = lexer.tokenize(line!);
                expect(hidden).toEqual([]);
                const prose = tokens.filter(t => t.tokenType.name === 'TEXT' || t.tokenType.name === 'PROSE' || t.tokenType.name === 'DATE').map(t => t.image).join(' ');
                const asWritten = line!.trim() === block.text && block.text.startsWith('- ') ? block.text.slice(2) : block.text;
                expect(ink(prose)).toBe(ink(asWritten));
            }
        }), { numRuns: 150 });
    });

    test('writing that reads as a label or heading is protected; plain writing is left as it is', () => {
        expect(readsAsPlainWriting('  Amira went to school.')).toBe(true);
        for (const line of ['  fact: Amira went to school.', '  Strengths', '  > she said', '  # note', 'assessment of need', '  - an entry']) {
            expect(readsAsPlainWriting(line), line).toBe(false);
        }
    });
});
