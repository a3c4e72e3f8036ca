import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createAssessmentLensServices } from '../../../language/src/index.js';
import { formatRecord } from '../../../language/src/format/index.js';
import { record } from '../../helpers/services.js';

const { shared, AssessmentLens } = createAssessmentLensServices(EmptyFileSystem);
const parser = AssessmentLens.parser.LangiumParser;
const lexer = AssessmentLens.parser.Lexer;

function format(text: string) {
    return formatRecord(text, parser.parse(text).value.$cstNode, { lexer });
}

/** What a record says, whatever its layout: every node's type and values, in order (no positions). */
function structure(text: string): string {
    const seen = new WeakSet<object>();
    return JSON.stringify(parser.parse(text).value, (key, value: unknown) => {
        if (key.startsWith('$') && key !== '$type') return undefined;
        if (value && typeof value === 'object') {
            if ('$refText' in value) return `ref:${(value as { $refText: string }).$refText}`;
            if (seen.has(value)) return undefined;
            seen.add(value);
        }
        return value;
    });
}

const words = (text: string) => text.replace(/\s/gu, '');

describe('formatRecord: cases', () => {
    test('indents two spaces a level, one space after labels, no trailing spaces or extra blank lines', () => {
        const messy = 'plan "Plan for Amira"\n\tkind:child in need plan   \n    lead:   Jo\n\n\n\n'
            + '  outcome attendance:   Amira goes to school.\n        action: Sara walks her.\n         who: Sara\n   by: 01/05/2026\n\n\n';
        expect(format(messy).text).toBe(record`
            plan "Plan for Amira"
              kind: child in need plan
              lead: Jo

              outcome attendance: Amira goes to school.
                action: Sara walks her.
                  who: Sara
                  by: 01/05/2026
        `);
    });

    test('assessment sections stay at the left; their lines and sub-lines step in', () => {
        const text = 'assessment "A"\n kind: single assessment\n   people\n     child Amira "Amira Hassan", born 14/05/2018\n'
            + 'developmental needs\n      fact: Amira is 7.\n  source: birth certificate\n';
        expect(format(text).text).toBe(record`
            assessment "A"
              kind: single assessment
            people
              child Amira "Amira Hassan", born 14/05/2018
            developmental needs
              fact: Amira is 7.
                source: birth certificate
        `);
    });

    test('writing that runs on keeps its line breaks and steps in from its label', () => {
        const text = 'strengths\n  fact: Amira goes to\n        breakfast club\n   on Mondays.\n';
        expect(format(text).text).toBe('strengths\n  fact: Amira goes to\n    breakfast club\n    on Mondays.\n');
    });

    test('a plain paragraph runs on level with its first line', () => {
        const text = 'analysis\n    We thought Amira was late\n      because of the nights\n    when police came.\n';
        expect(format(text).text).toBe('analysis\n  We thought Amira was late\n  because of the nights\n  when police came.\n');
    });

    test('a comment goes in as far as the line it comes before', () => {
        const text = 'plan "P"\n  outcome a: Amira is safe.\n# lens-ignore action/vague: the family chose these words\n        action: Dad will support Amira.\n';
        expect(format(text).text).toBe('plan "P"\n  outcome a: Amira is safe.\n    # lens-ignore action/vague: the family chose these words\n    action: Dad will support Amira.\n');
    });

    test('two paragraphs that indentation kept apart are not joined', () => {
        const text = 'analysis\n    First paragraph.\n  Second paragraph.\n';
        const result = format(text);
        expect(structure(result.text)).toBe(structure(text));
        expect(result.text).toContain('First paragraph.');
        expect(words(result.text)).toBe(words(text));
    });

    test('a line whose meaning depends on its indentation keeps its place', () => {
        // Not indented past `people`, this line is writing, not a person; moved in, it would become one.
        const text = 'people\n  child Amira "Amira Hassan"\nchild Yusuf "Yusuf Hassan"\n';
        const result = format(text);
        expect(structure(result.text)).toBe(structure(text));
        expect(result.text).toBe(text);
    });

    test('Windows line breaks are kept; a missing last line break is added', () => {
        expect(format('plan "P"\r\n kind:  x\r\n  lead: Jo').text).toBe('plan "P"\r\n  kind: x\r\n  lead: Jo\r\n');
    });

    test('a tidy record is left alone, and an empty one stays empty', () => {
        const tidy = readFileSync('examples/amira-hassan.plan', 'utf8');
        expect(format(tidy)).toEqual({ text: tidy, edits: [], changed: false });
        expect(format('').text).toBe('');
        expect(format('\n\n  \n').text).toBe('');
    });

    test('the edits, applied to the original, give the formatted text', () => {
        const text = '\n\nplan "P"  \n\tkind:x\n\n\n  outcome a:Amira.\n      action: b\n\n  \n';
        const result = format(text);
        const applied = TextDocument.applyEdits(TextDocument.create('file:///a.plan', 'assessment-lens', 1, text), result.edits);
        expect(applied).toBe(result.text);
    });

    test('the example records keep their words and structure and format the same twice', () => {
        for (const name of ['amira-hassan.assessment', 'amira-hassan.plan', 'kai-thompson.plan', 'student-weak.assessment', 'student-weak.plan']) {
            const text = readFileSync(`examples/${name}`, 'utf8');
            const once = format(text).text;
            expect(words(once), name).toBe(words(text));
            expect(structure(once), name).toBe(structure(text));
            expect(format(once).text, name).toBe(once);
        }
    });
});

describe('the editor\'s Format Document', () => {
    test('the language server\'s formatter gives the same edits, and formats a selection on its own', async () => {
        const text = 'plan "P"\n\tkind:x\n      lead: Jo\n';
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/format/p.plan'));
        const formatter = AssessmentLens.lsp.Formatter!;
        const options = { tabSize: 2, insertSpaces: true };
        const all = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
        expect(TextDocument.applyEdits(document.textDocument, all)).toBe('plan "P"\n  kind: x\n  lead: Jo\n');
        const one = await formatter.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() }, options, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }
        });
        expect(TextDocument.applyEdits(document.textDocument, one)).toBe('plan "P"\n\tkind:x\n  lead: Jo\n');
    });
});

// ------------------------------------------------------------------ properties

const prose = fc.array(fc.constantFrom('Amira', 'goes', 'to', 'school', 'plan', 'assessment', 'people', 'who:', 'by:', '#', '>', '-', 'child', 'Sara',
    'and', 'it', 'is', '82%', 'Mum', 'CIN', '“quote”', '"x"', ':', 'fact:', 'worries', '14/05/2018', 'voice of', 'café', '—'), { minLength: 1, maxLength: 8 })
    .map(w => w.join(' '));

const line = fc.oneof(
    fc.constantFrom('people', 'strengths', 'worries', 'history', 'analysis', 'developmental needs', 'voice of Amira', 'views of Sara',
        'assessment "A"', 'plan "P"', 'child Amira "Amira Hassan", born 14/05/2018, lives at home', 'mother Sara "Sara Hassan"',
        'agency School "Riverside"', 'who: Sara and Jo', 'by: 01/05/2026', 'seen: 05/03/2026 at home', '# a note', '', ''),
    fc.tuple(fc.constantFrom('fact:', 'source:', 'opinion of Jo:', 'based on:', 'purpose:', 'kind:', 'review:', 'outcome x:', 'measure:',
        'action:', 'contingency:', "child's view:", 'wishes:', 'danger statement d:', 'worry w:', 'safety goal for d:',
        'progress on x: 12/06/2026', 'decision:', 'section:', '>', '- 12/01/2024', '-', ''), prose).map(([label, text]) => `${label} ${text}`)
);

const indented = fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t', ' \t', '\u00A0 '), line,
    fc.constantFrom('', ' ', '  '), fc.constantFrom(' ', '', '    ')).map(([indent, text, trailing, gap]) =>
    indent + text.replace(/: /, `:${gap}`) + trailing);

const records = fc.tuple(fc.array(indented, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));

describe('formatRecord: properties', () => {
    const property = (text: string) => {
        const once = format(text).text;
        expect(format(once).text).toBe(once);
        expect(words(once)).toBe(words(text));
        expect(structure(once)).toBe(structure(text));
    };

    test('on record-like text: idempotent, every character of writing kept in order, same structure', () => {
        fc.assert(fc.property(records, property), { numRuns: 400 });
    });

    test('on any text at all', () => {
        fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', ':', '>', '-', '#', 'plan ', 'fact:', 'people\n', '"', 'x') , maxLength: 200 }), property), { numRuns: 300 });
    });

    test('the edits always give the formatted text', () => {
        fc.assert(fc.property(records, text => {
            const result = format(text);
            expect(TextDocument.applyEdits(TextDocument.create('file:///r.plan', 'assessment-lens', 1, text), result.edits)).toBe(result.text);
        }), { numRuns: 200 });
    });
});


