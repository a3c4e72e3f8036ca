import { describe, expect, test } from 'vitest';
import type * as vscode from 'vscode';
import { serverNeeded } from '../../client/src/documents.js';

const open = (languageId: string, text: string) => ({ languageId, getText: () => text }) as unknown as vscode.TextDocument;

describe('when the extension starts the server', () => {
    test('as soon as a record is open', () => {
        expect(serverNeeded([open('markdown', '# Notes'), open('assessment-lens', 'assessment "A"')], false)).toBe(true);
    });

    test('not for Markdown or plain-text files while the prose checks are off', () => {
        expect(serverNeeded([open('markdown', '# Notes'), open('plaintext', 'Shopping list')], false)).toBe(false);
        expect(serverNeeded([], true)).toBe(false);
    });

    test('for them when the checks are on, or a file asks for them itself (and not when it says off)', () => {
        expect(serverNeeded([open('plaintext', 'Visit note')], true)).toBe(true);
        expect(serverNeeded([open('markdown', '<!-- assessment-lens: check -->\n# Visit note')], false)).toBe(true);
        expect(serverNeeded([open('markdown', 'assessment-lens: off\n# Visit note')], true)).toBe(false);
        expect(serverNeeded([open('json', 'assessment-lens: check')], true)).toBe(false);
    });
});
