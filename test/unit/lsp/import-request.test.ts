import { PassThrough } from 'node:stream';
import { EmptyFileSystem } from 'langium';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createAssessmentLensServices, importDocument, ImportRequest, registerImportRequest, type ImportParams, type ImportRequestResult
} from '../../../language/src/index.js';
import { plainMessage } from '../../../client/src/features/requests.js';
import { docxToModel } from '../../../server/src/word.js';
import { COUNCIL, corruptDocument, councilAssessment, emptyDocument } from '../import/docx-fixtures.js';

/** Every person, place and date here is invented. */
const NOTE = [
    'Home visit to the Okafor family',
    '',
    'Tobi, aged 6, showed me his bedroom and said he likes his new bunk bed.',
    '',
    'Mum said the rent arrears letter has made her anxious.'
].join('\n');

const MARKDOWN = [
    '# Assessment of Lily Marsh',
    '',
    '## Wishes and feelings',
    '',
    'Lily said she wants to **stay** at Greenfield Primary with her friends.',
    '',
    '## Analysis',
    '',
    'Lily is safe at home when her nan is there after school.',
    '',
    '## Decision',
    '',
    'Child in need plan.'
].join('\n');

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** The language server's side and an editor's side of one connection, in this process. */
function connected(): { editor: MessageConnection; close(): void } {
    const toServer = new PassThrough();
    const toEditor = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toEditor));
    const { shared, AssessmentLens } = createAssessmentLensServices({ connection: server, ...EmptyFileSystem });
    AssessmentLens.lens.Settings.setLayer('team', { importHeadings: { 'Our thinking': 'analysis' } });
    registerImportRequest(shared, AssessmentLens, docxToModel);
    server.listen();
    const editor = createMessageConnection(new StreamMessageReader(toEditor), new StreamMessageWriter(toServer));
    editor.listen();
    return { editor, close: () => { editor.dispose(); server.dispose(); } };
}

describe('assessmentLens/import, over a connection', () => {
    let link: ReturnType<typeof connected>;
    const ask = (params: ImportParams) => link.editor.sendRequest<ImportRequestResult>(ImportRequest, params);

    beforeAll(() => { link = connected(); });
    afterAll(() => link.close());

    test('a Word file, sent as base64, becomes an assessment with every paragraph word for word', async () => {
        const result = await ask({ name: 'mia-fenwick.docx', bytes: base64(await councilAssessment()) });
        expect(result.kind).toBe('assessment');
        expect(result.record).toMatch(/^assessment “Child and Family Assessment for Mia Fenwick”$/m);
        for (const paragraph of [COUNCIL.referral, COUNCIL.voice, COUNCIL.analysis, COUNCIL.family]) expect(result.record).toContain(paragraph);
        expect(result.record).toContain('# Imported from mia-fenwick.docx.');
        expect(result.warnings[0]).toBe('mia-fenwick.docx was imported as an assessment (guessed from its headings): 10 of its 10 headings matched a part of the record.');
        expect(result.warnings.at(-1)).toMatch(/^No one is declared/);
    });

    test('a damaged Word file gives a plain-English error, not a stack trace', async () => {
        const error = await ask({ name: 'broken.docx', bytes: base64(corruptDocument()) }).then(() => undefined, (e: unknown) => e);
        // (the editors show the message without the protocol's "Request ... failed" in front of it)
        expect(plainMessage(error)).toMatch(/^This Word file could not be read, so it was not checked \(.+\)\. Open it in Word and save it again as a Word Document \(\.docx\)\.$/);
        const notZip = await ask({ name: 'letter.docx', bytes: base64('Dear Mrs Okafor,') }).then(() => undefined, (e: unknown) => e);
        expect(plainMessage(notZip)).toMatch(/^This is not a Word \(\.docx\) file, or it is damaged/);
    });

    test('an empty Word file says so and still gives the first line', async () => {
        const result = await ask({ name: 'blank.docx', bytes: base64(await emptyDocument()) });
        expect(result.record).toMatch(/^assessment “blank”$/m);
        expect(result.warnings).toEqual(['blank.docx has no writing in it: the assessment has only its first line.']);
    });

    test('the team\'s own headings are used', async () => {
        const result = await ask({ name: 'jo.md', text: '# Assessment of Jo Bright\n\n## Our thinking\n\nJo is settled at school.\n' });
        expect(result.record).toMatch(/^\s*analysis\s*$/m);
        expect(result.record).toContain('Jo is settled at school.');
    });
});

describe('importDocument', () => {
    test('plain text, given as text: every paragraph is kept; without headings it says so', async () => {
        const result = await importDocument({ name: 'okafor-visit.txt', text: NOTE });
        expect(result.kind).toBe('assessment');
        for (const line of NOTE.split('\n').filter(Boolean)) expect(result.record).toContain(line);
        expect(result.warnings[0]).toMatch(/^okafor-visit\.txt was imported as an assessment \(guessed from its headings\): it has no headings/);
    });

    test('plain text, given as bytes, is read as UTF-8 (a byte order mark is left out)', async () => {
        const fromBytes = await importDocument({ name: 'okafor-visit.txt', bytes: base64(`\uFEFF${NOTE}`) });
        const fromText = await importDocument({ name: 'okafor-visit.txt', text: NOTE });
        expect(fromBytes.record).toBe(fromText.record);
        await expect(importDocument({ name: 'photo.txt', bytes: base64(new Uint8Array([0xff, 0xd8, 0, 1])) })).rejects.toThrow('photo.txt is not a text file');
    });

    test('Markdown: headings become the record\'s parts, and the words stay as written', async () => {
        const result = await importDocument({ name: 'lily.md', text: MARKDOWN });
        expect(result.record).toMatch(/^assessment “Assessment of Lily Marsh”$/m);
        expect(result.record).toContain('Lily is safe at home when her nan is there after school.');
        expect(result.record).toMatch(/^\s*analysis\s*$/m);
        expect(result.record).toMatch(/^\s*decision:\n(\s*#.*\n|\s*\n)*\s*Child in need plan\.$/m);
    });

    test('the kind asked for is made, and the message does not say it was guessed', async () => {
        const result = await importDocument({ name: 'lily.md', text: MARKDOWN, kind: 'plan' });
        expect(result.kind).toBe('plan');
        expect(result.record).toMatch(/^plan “Assessment of Lily Marsh”$/m);
        expect(result.warnings[0]).toMatch(/^lily\.md was imported as a plan: /);
    });

    test('a Word file needs a way to read Word files', async () => {
        const bytes = base64(await councilAssessment());
        await expect(importDocument({ name: 'mia.docx', bytes })).rejects.toThrow(/Word files cannot be imported here/);
        await expect(importDocument({ name: 'mia.docx', text: 'words' }, { readWord: docxToModel })).rejects.toThrow(/needs its bytes/);
    });

    test('what cannot be imported is refused in plain words', async () => {
        await expect(importDocument({ name: 'amira.plan', text: 'plan "x"' })).rejects.toThrow('amira.plan is already a record: there is nothing to import.');
        await expect(importDocument({ name: 'photo.jpg', bytes: 'AAAA' })).rejects.toThrow('photo.jpg cannot be imported: only Word (.docx), Markdown (.md) and text (.txt) files can.');
        await expect(importDocument({ name: '' })).rejects.toThrow(/needs its file name/);
        await expect(importDocument({ name: 'a.txt', text: 'x', kind: 'letter' as never })).rejects.toThrow(/an assessment or as a plan/);
        await expect(importDocument({ name: 'a.txt' })).rejects.toThrow('The request gave no text for a.txt.');
    });
});
