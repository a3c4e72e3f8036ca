import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { makeServices, record } from '../helpers/services.js';

async function open(text: string, name = 'r.plan') {
    const services = makeServices();
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/e/${name}`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, lsp: services.AssessmentLens.lsp, uri: document.uri.toString() };
}

describe('code lenses', () => {
    test('each outcome shows how complete it is', async () => {
        const { document, lsp } = await open(record`
            people
              mother Sara "Sara Hassan"
            plan "P"
              outcome attendance: Amira goes to school.
                measure: 95% attendance.
                action: Walk to school.
                  who: Sara
                action: Breakfast club.
                  by: every day
              outcome calm: A calm home.
        `);
        const lenses = await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses!.map(l => [l.range.start.line, l.command!.title])).toEqual([
            [3, 'measure ✓ · actions 2 · who ✗ · when ✗'],
            [9, 'measure ✗ · actions 0 · who ✗ · when ✗']
        ]);
    });
});

describe('inlay hints', () => {
    test('a child\'s age after the date of birth, and working days in an open assessment', async () => {
        const { document, lsp, uri } = await open(record`
            assessment "A"
              referral: 02/03/2026
              day 10 review: 16/03/2026
            people
              child Amira "Amira Hassan", born 14/05/2018
        `, 'a.assessment');
        const hints = await lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
        expect(hints!.map(h => `${h.position.line}:${h.label}`)).toEqual([
            '1: today is working day 42 of 45',
            '2: working day 10 of 45',
            '4: (7 years old)'
        ]);
    });
});

describe('completion in a comment that turns a check off', () => {
    test('offers the ids of the checks, after the first and after a comma', async () => {
        const text = '# lens-ignore action/who, act\nplan "P"\n';
        const { document, lsp, uri } = await open(text);
        const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position: { line: 0, character: 29 } });
        const labels = list!.items.map(i => i.label);
        expect(labels).toContain('action/vague');
        expect(labels).toContain('plan/contingency');
        expect(list!.items.find(i => i.label === 'action/vague')!.textEdit).toEqual({
            range: { start: { line: 0, character: 26 }, end: { line: 0, character: 29 } }, newText: 'action/vague'
        });
    });

    test('nothing is offered elsewhere in a comment', async () => {
        const { document, lsp, uri } = await open('# a note about the pl\nplan "P"\n');
        const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position: { line: 0, character: 21 } });
        expect(list!.items).toEqual([]);
    });
});

describe('document links', () => {
    test('a check named in a comment links to its page', async () => {
        const { document, lsp, uri } = await open('# lens-ignore action/vague, plan/review: a draft\nplan "P"\n');
        const links = await lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri } });
        expect(links.map(l => [l.range.start.character, l.range.end.character, l.target])).toEqual([
            [14, 26, 'file:///docs/rules/action/vague.md'],
            [28, 39, 'file:///docs/rules/plan/review.md']
        ]);
    });
});
