import { describe, expect, test } from 'vitest';
import { htmlToModel } from '../../../language/src/import/html.js';
import { checkModel, checkProse, PROSE_RULES } from '../../../language/src/prose-check/index.js';
import { proseWanted } from '../../../language/src/prose-check/wanted.js';

/** The text at a finding's range, found from its line and column (not its offsets). */
function at(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    const lines = text.split(/\r\n|\r|\n/);
    if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
    return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('the prose rules', () => {
    test('are the writing checks only, never the checks of a record\'s structure', () => {
        expect(PROSE_RULES.map(r => r.id).sort()).toEqual([
            'evidence/hearsay', 'evidence/opinion-as-fact', 'language/acronym', 'language/blaming', 'language/jargon',
            'language/long-sentence', 'language/readability', 'privacy/personal-data-live'
        ]);
    });
});

describe('checking plain text', () => {
    const note = [
        'Home visit note',
        '',
        'Visited on Tuesday. Mum presented as hostile and',
        '    clearly doesn\'t care about the LAC review.',
        '',
        'fact: It was reported that Dad is drinking again.',
        '# Strengths',
        '- Her NHS number is 943 476 5919.'
    ].join('\r\n');
    const findings = checkProse(note, { kind: 'text' });

    test('each finding points at the right line and column of the original text, over line breaks too', () => {
        const seen = findings.map(f => [f.rule, f.range.start.line + 1, f.range.start.character + 1, at(note, f.range)]);
        expect(seen).toEqual(expect.arrayContaining([
            ['language/blaming', 3, 25, 'presented as'],
            ['language/blaming', 3, 38, 'hostile'],
            ['evidence/opinion-as-fact', 4, 5, 'clearly doesn\'t care'],
            ['language/jargon', 4, 36, 'LAC review'],
            ['evidence/hearsay', 6, 7, 'It was reported'],
            ['privacy/personal-data-live', 8, 21, '943 476 5919']
        ]));
        for (const f of findings) {
            expect(note.slice(f.start, f.end)).toBe(at(note, f.range));
            expect(f.quote).toBe(note.slice(f.start, f.end).replace(/\s+/g, ' ').trim());
        }
    });

    test('lines that look like labels, comments or list entries are still read as writing', () => {
        // "fact:", "#" and "- " at the start of a line mean nothing in a note: what follows is checked.
        expect(findings.some(f => f.rule === 'evidence/hearsay' && f.range.start.line === 5)).toBe(true);
        expect(findings.some(f => f.rule === 'privacy/personal-data-live')).toBe(true);
    });

    test('no check of a record\'s structure runs', () => {
        expect(findings.map(f => f.rule).every(id => PROSE_RULES.some(r => r.id === id))).toBe(true);
    });

    test('the team\'s settings apply: a rule turned off finds nothing', () => {
        const off = checkProse(note, { kind: 'text', settings: { rules: { 'language/blaming': 'off' } } });
        expect(off.some(f => f.rule === 'language/blaming')).toBe(false);
        expect(off.length).toBe(findings.filter(f => f.rule !== 'language/blaming').length);
    });

    test('a long sentence is measured in the note, and pointed at where it stands', () => {
        const long = `Summary\n\n${Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')}.\n`;
        const [f] = checkProse(long, { kind: 'text' }).filter(x => x.rule === 'language/long-sentence');
        expect(f.range.start).toEqual({ line: 2, character: 0 });
        expect(at(long, f.range)).toMatch(/^word0 .* word39\.$/);
    });

    test('empty text and text of spaces give nothing', () => {
        expect(checkProse('', { kind: 'text' })).toEqual([]);
        expect(checkProse('\n \n\t\n', { kind: 'markdown' })).toEqual([]);
    });
});

describe('checking Markdown', () => {
    const md = [
        '# Visit to the **family**',
        '',
        'Mum *presented as* hostile; see [the LAC plan](https://example.org/LAC/CIN).',
        '',
        '> It was reported that',
        '> Dad is drinking.',
        '',
        '```',
        'CIN presented as hostile',
        '```',
        '',
        '<div>presented as hostile</div>',
        '',
        '| Who | What |',
        '| --- | --- |',
        '| Sara | Mum appears to be **chaotic** |'
    ].join('\n');
    const findings = checkProse(md, { kind: 'markdown' });

    test('findings point into the Markdown, past its markup', () => {
        const seen = findings.map(f => [f.rule, f.range.start.line + 1, f.range.start.character + 1, at(md, f.range)]);
        expect(seen).toEqual(expect.arrayContaining([
            ['language/blaming', 3, 6, 'presented as'],
            ['evidence/hearsay', 5, 3, 'It was reported'],
            ['language/blaming', 16, 30, 'chaotic']
        ]));
    });

    test('code, HTML and links\' addresses are not checked', () => {
        expect(findings.filter(f => f.range.start.line >= 7 && f.range.start.line <= 11)).toEqual([]);
        expect(findings.some(f => at(md, f.range).includes('CIN'))).toBe(false);
    });
});

describe('checking a Word document\'s model', () => {
    test('each finding names the paragraph, or the table cell, and quotes the words', () => {
        const model = htmlToModel('<h1>Visit note</h1><p>All well.</p><p>It was reported that Dad <strong>is drinking</strong>.</p>'
            + '<table><tr><td>Who</td><td>What</td></tr><tr><td>Mum</td><td>Mum presented as hostile.</td></tr></table>');
        const found = checkModel(model);
        expect(found.find(f => f.rule === 'evidence/hearsay')).toEqual(expect.objectContaining({ place: 'paragraph 3', quote: 'It was reported' }));
        expect(found.find(f => f.rule === 'language/blaming')).toEqual(expect.objectContaining({ place: 'table 1, row 2, column 2', quote: 'presented as' }));
    });
});

describe('in the editor', () => {
    test('a plain-text or Markdown file is checked when the person turns the checks on, or the file asks', () => {
        expect(proseWanted('Some notes.', false)).toBe(false);
        expect(proseWanted('Some notes.', true)).toBe(true);
        expect(proseWanted('<!-- assessment-lens: check -->\nSome notes.', false)).toBe(true);
        expect(proseWanted('assessment-lens: off\nSome notes.', true)).toBe(false);
    });
});
