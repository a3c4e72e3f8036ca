import { parse } from 'parse5';
import { find, textOf, type Element } from '../../helpers/html.js';
import { describe, expect, test } from 'vitest';
import { recordToHtml, recordToMarkdown, renderRecord, type Block } from '../../../language/src/render/index.js';
import { checkRecords, record } from '../../helpers/services.js';


const assessment = record`
    assessment "Child and family assessment for Amira"
      kind: single assessment
      referral: 02/03/2026
      lead: Jo
      purpose: School is worried about Amira's attendance.

    people
      child Amira "Amira Hassan", born 14/05/2018, lives at home
      mother Sara "Sara Hassan"
      worker Jo "Jo Smith", social worker
      agency School "Riverside Primary School"

    voice of Amira
      seen alone: 10/03/2026 at school
      > I hate the CIN meetings <b>really</b>.
      > I like breakfast club.
      wishes: to go to breakfast club.

    developmental needs
      fact: Amira's attendance was 82%.
        source: School register
      opinion of School: Amira is often tired.
        based on: class teacher's notes
      opinion: She may be a CIN.

    decision: child in need plan
`;

const plan = record`
    plan "Plan for Amira"
      from: Child and family assessment for Amira
      started: 01/05/2026
      next review: 24/07/2026

      outcome attendance: Amira goes to school every day.
        measure: Attendance is 95% or more.
        action: Sara walks Amira to school.
          who: Sara and School
          by: 05/05/2026
        action: The school monitors attendance.
          who: School
          by: every Friday

      contingency: If attendance falls below 90%, Jo will call a meeting.
        who: Jo
        by: within 10 working days
`;

async function rendered(glossary?: Parameters<typeof renderRecord>[1]) {
    const [a, p] = await checkRecords({ 'amira.assessment': assessment, 'amira.plan': plan });
    return { assessment: renderRecord(a, glossary), plan: renderRecord(p, glossary) };
}

const ofType = <T extends Block['type']>(blocks: Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('renderRecord', () => {
    test('headings in everyday words, with the record\'s title first', async () => {
        const { assessment } = await rendered();
        expect(assessment.title).toBe('Child and family assessment for Amira');
        expect(ofType(assessment.blocks, 'heading').map(h => h.text)).toEqual([
            'Child and family assessment for Amira', 'Why we did this assessment', 'The people in this record',
            'Amira Hassan: wishes and feelings', 'How the children are growing and developing', 'What we decided'
        ]);
    });

    test('the child\'s own words are set apart, exactly as said, never changed', async () => {
        const { assessment } = await rendered();
        expect(ofType(assessment.blocks, 'words')).toEqual([
            expect.objectContaining({ speaker: 'Amira', child: true, lines: ['I hate the CIN meetings <b>really</b>.', 'I like breakfast club.'] })
        ]);
    });

    test('facts say where they come from; opinions say whose and what they are based on', async () => {
        const { assessment } = await rendered();
        expect(ofType(assessment.blocks, 'fact')).toEqual([expect.objectContaining({ text: ["Amira's attendance was 82%."], source: ['School register'] })]);
        const opinions = ofType(assessment.blocks, 'opinion');
        expect(opinions[0]).toEqual(expect.objectContaining({ whose: 'Riverside Primary School', text: ['Amira is often tired.'], basedOn: ["class teacher's notes"] }));
        expect(opinions[1].whose).toBeUndefined();
    });

    test('jargon in the writing is shown with its plain words', async () => {
        const { assessment } = await rendered();
        expect(ofType(assessment.blocks, 'opinion')[1].text).toEqual(['She may be a ', { term: 'CIN', plain: 'child in need' }, '.']);
    });

    test('the plan is a table of outcome, what will happen, who and by when, with full names and dates in words', async () => {
        const { plan } = await rendered();
        const [table] = ofType(plan.blocks, 'table');
        expect(table.columns).toEqual(['Outcome', 'What will happen', 'Who', 'By when']);
        expect(table.rows).toEqual([
            [['Amira goes to school every day.', ' How we will know: ', 'Attendance is 95% or more.'], ['Sara walks Amira to school.'], ['Sara Hassan and Riverside Primary School'], ['5 May 2026']],
            [[], ['The school ', { term: 'monitors', plain: 'check' }, ' attendance.'], ['Riverside Primary School'], ['every Friday']]
        ]);
        expect(ofType(plan.blocks, 'details')[0].rows).toContainEqual({ label: 'Next review', text: ['24 July 2026'] });
        expect(ofType(plan.blocks, 'heading').map(h => h.text)).toContain('If the plan is not working');
    });

    test('a team\'s own glossary term is explained too', async () => {
        const { plan } = await rendered({ glossary: { add: [{ term: 'walks', category: 'public-sector jargon', alternatives: ['takes'], why: 'a test', source: 'Team' }] } });
        expect(ofType(plan.blocks, 'table')[0].rows[0][1]).toEqual(['Sara ', { term: 'walks', plain: 'takes' }, ' Amira to school.']);
    });

    test('each block knows the line it comes from, for a preview that scrolls with the editor', async () => {
        const { plan } = await rendered();
        expect(ofType(plan.blocks, 'table')[0].line).toBe(5);
    });
});

describe('recordToHtml', () => {
    test('one self-contained page: its own stylesheet for light and dark, nothing fetched, no script', async () => {
        const html = recordToHtml((await rendered()).assessment);
        expect(html).toContain('prefers-color-scheme: dark');
        expect(html).not.toMatch(/<script|<link|@import|src=|url\(/i);
        expect(html).not.toMatch(/https?:\/\//);
    });

    test('reads as a real HTML document: the child\'s words in a blockquote, labels, and no markup from the record', async () => {
        const { assessment, plan } = await rendered();
        const doc = parse(recordToHtml(assessment));
        const [quote] = find(doc, e => e.tagName === 'blockquote');
        expect(find(quote, e => e.tagName === 'p').map(textOf)).toEqual(['“I hate the CIN meetings <b>really</b>.”', '“I like breakfast club.”']);
        expect(find(doc, e => e.tagName === 'b')).toEqual([]);
        expect(find(doc, e => classOf(e) === 'tag').map(textOf)).toEqual(['Fact', 'Opinion of Riverside Primary School', 'Opinion (whose is not written down)']);
        expect(find(doc, e => classOf(e) === 'plain').map(textOf)).toEqual(['(child in need)']);
        const table = find(parse(recordToHtml(plan)), e => e.tagName === 'table')[0];
        expect(find(table, e => e.tagName === 'th').map(textOf)).toEqual(['Outcome', 'What will happen', 'Who', 'By when']);
        expect(find(table, e => e.tagName === 'tr')).toHaveLength(3);
    });

    test('a fragment for a preview, in the editor\'s colours', async () => {
        const html = recordToHtml((await rendered()).plan, { fragment: true });
        expect(html.startsWith('<main class="record">')).toBe(true);
        expect(html).toContain('data-line="5"');
    });
});

describe('recordToMarkdown', () => {
    test('headings, labelled facts and opinions, the child\'s words quoted, the plan as a table', async () => {
        const { assessment, plan } = await rendered();
        const md = recordToMarkdown(assessment);
        expect(md).toContain('## Amira Hassan: wishes and feelings');
        expect(md).toContain('*In Amira’s own words:*\n\n> “I hate the CIN meetings \\<b\\>really\\</b\\>.”\n>\n> “I like breakfast club.”');
        expect(md).toContain("**Fact:** Amira's attendance was 82%.  \n*Where this comes from:* School register");
        expect(md).toContain('**Opinion of Riverside Primary School:** Amira is often tired.  \n*Based on:* class teacher\'s notes');
        expect(md).toContain('She may be a CIN (*child in need*).');
        expect(recordToMarkdown(plan)).toContain('| Outcome | What will happen | Who | By when |\n| --- | --- | --- | --- |\n'
            + '| Amira goes to school every day. How we will know: Attendance is 95% or more. | Sara walks Amira to school. | Sara Hassan and Riverside Primary School | 5 May 2026 |');
    });
});



function classOf(e: Element): string | undefined {
    return e.attrs.find(a => a.name === 'class')?.value;
}
