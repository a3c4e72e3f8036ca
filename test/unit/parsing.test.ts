import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as ast from '../../language/src/generated/ast.js';
import { checkRecords, makeServices, record } from '../helpers/services.js';

const lexer = makeServices().AssessmentLens.parser.Lexer;
const tokens = (text: string) => lexer.tokenize(text).tokens.map(t => `${t.tokenType.name}|${t.image}`);

async function parse(text: string, name = 'r.assessment') {
    const [document] = await checkRecords({ [name]: text });
    return document;
}

describe('every example parses', () => {
    const files = readdirSync('examples').filter(f => /\.(assessment|plan)$/.test(f));
    test('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(2));
    for (const file of files) {
        test(file, async () => {
            const document = await parse(readFileSync(join('examples', file), 'utf8'), file);
            expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
            expect(document.diagnostics?.filter(d => d.code === 'format/syntax')).toEqual([]);
        });
    }
});

describe('lines', () => {
    test('prose keeps quotes, apostrophes and colons, and runs on over the next lines', () => {
        expect(tokens(record`
            purpose: Amira's "safe place" is: under the bed.
              She said who: nobody.

            analysis
              Mum said: fact: she's fine.
              People worry.
        `)).toEqual([
            'purpose:|purpose:',
            'PROSE|Amira\'s "safe place" is: under the bed.\n  She said who: nobody.',
            'analysis|analysis',
            'TEXT|Mum said: fact: she\'s fine.\n  People worry.'
        ]);
    });

    test('a blank line or a label ends a paragraph', () => {
        expect(tokens('strengths\n  One.\n\n  Two.\n  fact: Three.\n')).toEqual([
            'strengths|strengths', 'TEXT|One.', 'TEXT|Two.', 'fact:|fact:', 'PROSE|Three.'
        ]);
    });

    test('a label with nothing after it takes the text on the next line', async () => {
        const document = await parse('assessment "A"\n  purpose:\n    To find out how Amira is.\n');
        const assessment = document.parseResult.value.parts[0] as ast.Assessment;
        expect((assessment.fields[0] as ast.PurposeField).text).toBe('To find out how Amira is.');
    });

    test('a child\'s words are quote lines, and a longer quote runs on when indented', () => {
        expect(tokens('voice of Amira\n  > I don\'t like "shouting".\n    It\'s loud.\n  > Bunny helps.\n')).toEqual([
            'voice of|voice of', 'NAME|Amira', 'QUOTE|> I don\'t like "shouting".\n    It\'s loud.', 'QUOTE|> Bunny helps.'
        ]);
    });

    test('people lines, with dates and details after commas', () => {
        expect(tokens('people\n  child Amira "Amira Hassan", born 14/05/2018, lives at home, mostly\n  agency School “Riverside”\n')).toEqual([
            'people|people', 'child|child', 'ID|Amira', 'STRING|"Amira Hassan"', ',|,', 'born|born', 'DATE|14/05/2018',
            ',|,', 'PROSE|lives at home, mostly', 'agency|agency', 'ID|School', 'STRING|“Riverside”'
        ]);
    });

    test('role words start a person only under people', () => {
        expect(tokens('analysis\n  Mother was upset.\n  child Amira was quiet.\n')).toEqual([
            'analysis|analysis', 'TEXT|Mother was upset.\n  child Amira was quiet.'
        ]);
    });

    test('names after who: are split on commas and "and", keeping spaces inside a name', () => {
        expect(tokens('who: Sara, Idris and Riverside School & Jo\n')).toEqual([
            'who:|who:', 'NAME|Sara', ',|,', 'NAME|Idris', 'and|and', 'NAME|Riverside School', ',|&', 'NAME|Jo'
        ]);
    });

    test('labels are matched whatever their capitals and spacing, with other common wordings', () => {
        expect(tokens('Fact : A.\nChild’s View: B.\nNext Review Date: 2026-06-01\n')).toEqual([
            'fact:|Fact :', 'PROSE|A.', "child's view:|Child’s View:", 'PROSE|B.', 'next review:|Next Review Date:', 'DATE|2026-06-01'
        ]);
    });

    test('a date then words; words only; a date-like slip stays words', () => {
        expect(tokens('seen alone: 10/03/2026 at school\nby: within 2 weeks\nby: 1/5/26\n')).toEqual([
            'seen alone:|seen alone:', 'DATE|10/03/2026', 'PROSE|at school', 'by:|by:', 'PROSE|within 2 weeks', 'by:|by:', 'PROSE|1/5/26'
        ]);
    });

    test('comments are whole lines and are kept apart', () => {
        const result = lexer.tokenize('# a note\nstrengths\n  Three # is a number here.\n');
        expect(result.hidden.map(t => t.image)).toEqual(['# a note']);
        expect(result.tokens.map(t => t.image)).toEqual(['strengths', 'Three # is a number here.']);
    });

    test('named labels: outcomes, opinions, worries, safety goals', () => {
        expect(tokens('outcome calm-home: Quiet.\nopinion of Riverside School: Tired.\ndanger statement hitting: X.\nsafety goal for hitting: Y.\n')).toEqual([
            'outcome|outcome', 'ID|calm-home', ':|:', 'PROSE|Quiet.',
            'opinion of|opinion of', 'NAME|Riverside School', ':|:', 'PROSE|Tired.',
            'danger statement|danger statement', 'ID|hitting', ':|:', 'PROSE|X.',
            'safety goal|safety goal', 'for|for', 'NAME|hitting', ':|:', 'PROSE|Y.'
        ]);
    });

    test('a sentence that starts like a named label stays prose', () => {
        expect(tokens('analysis\n  Outcome for the family was good: all well.\n')).toEqual([
            'analysis|analysis', 'TEXT|Outcome for the family was good: all well.'
        ]);
    });

    test('text after a label runs on only over more indented lines; a plain line at the same indent is a new paragraph', () => {
        expect(tokens('strengths\n  fact: Sara takes Yusuf to every appointment.\n  Noor helps every week.\n')).toEqual([
            'strengths|strengths', 'fact:|fact:', 'PROSE|Sara takes Yusuf to every appointment.', 'TEXT|Noor helps every week.'
        ]);
    });

    test('a decision or a section title is one line; the lines under it are its own', () => {
        expect(tokens('decision: child in need plan\n  Amira and Yusuf are children in need.\n')).toEqual([
            'decision:|decision:', 'PROSE|child in need plan', 'TEXT|Amira and Yusuf are children in need.'
        ]);
    });

    test('the people section ends at the next heading, label or less indented line', () => {
        expect(tokens('plan "P"\n  people\n    father Idris "Idris"\n  outcome safe: Kai is safe at home and the\n    child protection conference agrees.\n  child Kai is happy.\n')).toEqual([
            'plan|plan', 'STRING|"P"', 'people|people', 'father|father', 'ID|Idris', 'STRING|"Idris"',
            'outcome|outcome', 'ID|safe', ':|:', 'PROSE|Kai is safe at home and the\n    child protection conference agrees.',
            'TEXT|child Kai is happy.'
        ]);
    });

    test('a sentence that starts with "Plan" or "Assessment" is not a record heading', () => {
        expect(tokens('Plan to review in May.\nassessment Child and family assessment\n')).toEqual([
            'TEXT|Plan to review in May.', 'assessment|assessment', 'PROSE|Child and family assessment'
        ]);
    });

    test('other wordings are stored as the standard label or heading', async () => {
        const document = await parse('Chronology\n  - 01/01/2026 Moved.\nvoice of Amira\n  Seen Alone: 10/03/2026\npeople\n  Child Amira "A", Born 14/05/2018\n');
        const [history, voice, people] = document.parseResult.value.parts as [ast.TopicSection, ast.Voice, ast.People];
        expect(history.topic).toBe('history');
        expect((voice.items[0] as ast.Seen).label).toBe('seen alone:');
        expect([(people.members[0] as ast.Person).role, (people.members[0] as ast.Person).birthLabel]).toEqual(['child', 'born']);
    });

    test('line endings of every kind, a byte order mark and tabs', () => {
        expect(tokens('\uFEFFstrengths\r\n\tOne.\r    Two.\n')).toEqual(['strengths|strengths', 'TEXT|One.\r    Two.']);
    });
});

describe('the record a file holds', () => {
    test('one file may hold an assessment and a plan', async () => {
        const document = await parse(readFileSync('examples/amira-hassan.assessment', 'utf8') + '\n' + readFileSync('examples/amira-hassan.plan', 'utf8'));
        expect(document.parseResult.value.parts.map(p => p.$type)).toEqual(['Assessment', 'Plan']);
    });

    test('the sketch of the exemplar becomes a full tree', async () => {
        const [assessment, plan] = await checkRecords({
            'a.assessment': readFileSync('examples/amira-hassan.assessment', 'utf8'),
            'a.plan': readFileSync('examples/amira-hassan.plan', 'utf8')
        });
        const a = assessment.parseResult.value.parts[0] as ast.Assessment;
        expect(a.name).toBe('Child and family assessment for Amira');
        const people = a.sections.find(ast.isPeople)!;
        expect(people.members.map(m => m.name)).toContain('Amira');
        const amira = people.members.find(m => m.name === 'Amira') as ast.Person;
        expect([amira.role, amira.fullName, amira.birth, amira.details]).toEqual(['child', undefined, '14/05/2018', 'lives at home']);
        const p = plan.parseResult.value.parts[0] as ast.Plan;
        const outcome = p.parts.find(ast.isOutcome)!;
        expect(outcome.actions[0].who[0].people.map(r => r.party.ref?.name)).toEqual(['Sara', 'Noor']);
        expect(p.fields.find(ast.isFromField)!.assessment?.ref).toBe(a);
    });
});
