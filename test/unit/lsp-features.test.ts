import { URI } from 'langium';
import { expectCompletion, expectFindReferences, expectGoToDefinition, expectHover, expectSymbols } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { makeServices, record } from '../helpers/services.js';

const services = makeServices().AssessmentLens;

const family = record`
    people
      child <|Amira|> "Amira Hassan", born 14/05/2018
      mother <|Sara|> "Sara Hassan"
      agency School "Riverside Primary School"
`;

describe('hover', () => {
    test('a person shows their full name, role and age on the date the checks count from', async () => {
        await expectHover(services)({
            text: record`
                people
                  child Amira "Amira Hassan", born 14/05/2018
                voice of Am<|>ira
            `,
            index: 0,
            hover: /\*\*Amira Hassan\*\* \(Amira\)\s+Child · born 14 May 2018, 7 years old/
        });
    });

    test('a baby\'s age is given in months', async () => {
        await expectHover(services)({
            text: record`
                people
                  child Yusuf "Yusuf Hassan", born 01/12/2025
                voice of <|>Yusuf
            `,
            index: 0,
            hover: /born 1 December 2025, 5 months old/
        });
    });

    test('an agency shows its full name', async () => {
        await expectHover(services)({
            text: family.replaceAll(/<\||\|>/g, '') + record`
                plan "P"
                  outcome a: Amira goes to school.
                    action: Breakfast club.
                      who: Sch<|>ool
            `,
            index: 0,
            hover: /Riverside Primary School/
        });
    });
});

describe('completion', () => {
    test('labels that can come under an action', async () => {
        await expectCompletion(services)({
            text: record`
                plan "P"
                  outcome a: Amira goes to school.
                    action: Walk to school.
                      <|>
            `,
            index: 0,
            assert: list => {
                const labels = list.items.map(i => i.label);
                expect(labels).toContain('who:');
                expect(labels).toContain('by:');
                expect(labels).toContain('measure:');
            }
        });
    });

    test('the people declared, after who:', async () => {
        await expectCompletion(services)({
            text: family.replaceAll(/<\||\|>/g, '') + record`
                plan "P"
                  outcome a: Amira goes to school.
                    action: Walk to school.
                      who: <|>
            `,
            index: 0,
            assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['Amira', 'Sara', 'School']))
        });
    });
});

describe('go to definition and find references', () => {
    test('a name goes to where the person is declared', async () => {
        await expectGoToDefinition(services)({
            text: family + record`
                plan "P"
                  lead: Sa<|>ra
            `,
            index: 0,
            rangeIndex: 1
        });
    });

    test('all the places a person is named', async () => {
        await expectFindReferences(services)({
            text: record`
                people
                  mother <|Sara|> "Sara Hassan"
                views of <|Sara|>
                plan "P"
                  lead: <|sa<|>ra|>
                  outcome a: Amira goes to school.
                    action: Walk.
                      who: <|Sara|>
            `,
            includeDeclaration: true
        });
    });
});

describe('rename', () => {
    test('renaming a person in the assessment renames them in the plan too', async () => {
        const { shared, AssessmentLens } = makeServices();
        const assessment = shared.workspace.LangiumDocumentFactory.fromString(record`
            assessment "Assessment for Amira"
            people
              mother Sara "Sara Hassan"
            views of Sara
        `, URI.file('/r/a.assessment'));
        const plan = shared.workspace.LangiumDocumentFactory.fromString(record`
            plan "Plan for Amira"
              from: Assessment for Amira
              outcome a: Amira goes to school.
                action: Walk.
                  who: Sara
        `, URI.file('/r/a.plan'));
        shared.workspace.LangiumDocuments.addDocument(assessment);
        shared.workspace.LangiumDocuments.addDocument(plan);
        await shared.workspace.DocumentBuilder.build([assessment, plan], { validation: true });
        const edit = await AssessmentLens.lsp.RenameProvider!.rename(assessment, {
            textDocument: { uri: assessment.uri.toString() },
            position: { line: 2, character: 10 },
            newName: 'Sarah'
        });
        const changes = edit?.changes ?? {};
        const lines = (uri: URI) => (changes[uri.toString()] ?? []).map(e => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}`).sort();
        expect(lines(assessment.uri)).toEqual(['2:9-13=Sarah', '3:9-13=Sarah']);
        expect(lines(plan.uri)).toEqual(['4:11-15=Sarah']);
    });

    test('renaming an outcome renames its progress entries', async () => {
        const { shared, AssessmentLens } = makeServices();
        const plan = shared.workspace.LangiumDocumentFactory.fromString(record`
            plan "P"
              outcome attendance: Amira goes to school.
              progress on attendance: 12/06/2026 Up to 93%.
        `, URI.file('/r/b.plan'));
        shared.workspace.LangiumDocuments.addDocument(plan);
        await shared.workspace.DocumentBuilder.build([plan], { validation: true });
        const edit = await AssessmentLens.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() },
            position: { line: 1, character: 12 },
            newName: 'school'
        });
        expect((edit?.changes?.[plan.uri.toString()] ?? []).map(e => e.range.start.line).sort()).toEqual([1, 2]);
    });
});

describe('outline', () => {
    test('the record, its sections, people, outcomes and actions', async () => {
        await expectSymbols(services)({
            text: record`
                assessment "Assessment for Amira"
                  purpose: To understand life at home.
                people
                  child Amira "Amira Hassan"
                voice of Amira
                  > I like school.
                strengths
                  Amira has good friends.
                plan "Plan for Amira"
                  outcome attendance: Amira goes to school.
                    action: Walk to school.
            `,
            assert: symbols => {
                const tree = (list: typeof symbols): unknown[] => list.map(s => s.children?.length ? [s.name, tree(s.children)] : s.name);
                expect(tree(symbols)).toEqual([
                    ['Assessment for Amira', ['Purpose', ['People', ['Amira']], 'Voice of Amira', 'Strengths']],
                    ['Plan for Amira', [['attendance', ['Walk to school.']]]]
                ]);
            }
        });
    });

    test('a half-written record keeps its outline', async () => {
        await expectSymbols(services)({
            text: record`
                assessment "Assessment for Amira"
                people
                  child Amira "Amira
                voice of
                  > I like
                worries
                  worry school: Amira mis
                plan "P"
                  outcome attendance:
                    action:
                      who:
            `,
            assert: symbols => {
                const names = (list: typeof symbols): string[] => list.flatMap(s => [s.name, ...names(s.children ?? [])]);
                expect(names(symbols)).toEqual(expect.arrayContaining(['Assessment for Amira', 'People', 'Amira', 'Worries', 'school', 'P', 'attendance']));
            }
        });
    });
});

describe('folding', () => {
    test('sections, people, outcomes and actions fold', async () => {
        const { shared, AssessmentLens } = makeServices();
        const document = shared.workspace.LangiumDocumentFactory.fromString(record`
            assessment "A"
              purpose: To understand
                life at home.
            people
              child Amira "Amira Hassan"
              mother Sara "Sara Hassan"
            plan "P"
              outcome attendance: Amira goes to school.
                action: Walk to school.
                  who: Sara
        `, URI.file('/r/fold.plan'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        const ranges = await AssessmentLens.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const pairs = ranges.map(r => [r.startLine, r.endLine]);
        expect(pairs).toEqual(expect.arrayContaining([[3, 5], [6, 9], [7, 9]]));
    });
});

describe('hover over a flagged word', () => {
    test('gives the plain words, why, and the source', async () => {
        await expectHover(services)({
            text: 'family and environment\n  Amira has con<|>tact with her dad on Sundays.\n',
            index: 0,
            hover: /\*\*contact\*\*[\s\S]*Plain words: \*family time\*[\s\S]*Source: TACT/
        });
    });

    test('an acronym shows what it stands for', async () => {
        await expectHover(services)({ text: 'analysis\n  The I<|>RO met Kai.\n', index: 0, hover: /\*\*IRO\*\*: Independent Reviewing Officer/ });
    });

    test('ordinary words have no hover', async () => {
        await expectHover(services)({ text: 'analysis\n  Amira li<|>kes school.\n', index: 0, hover: undefined });
    });
});
