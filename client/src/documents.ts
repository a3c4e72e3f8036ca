/**
 * Which documents the extension gives the language server, for the desktop and the web
 * extension alike: records, and plain-text and Markdown files for the prose checks (the
 * server checks those only when `assessmentLens.prose.enable` is on or a file asks for it).
 * Plain-text and Markdown files are not records, so every editor feature but the findings
 * (hover, completion, outline, formatting and the rest) stays with records.
 */
import type * as vscode from 'vscode';
import type { DocumentSelector, Middleware } from 'vscode-languageclient';
import { proseWanted } from '../../language/src/prose-check/wanted.js';

export const LANGUAGE_ID = 'assessment-lens';
const PROSE_LANGUAGES = ['plaintext', 'markdown'];

export const DOCUMENT_SELECTOR: DocumentSelector = [
    { scheme: 'file', language: LANGUAGE_ID },
    { scheme: 'untitled', language: LANGUAGE_ID },
    { scheme: 'vscode-vfs', language: LANGUAGE_ID },
    ...PROSE_LANGUAGES.flatMap(language => [{ scheme: 'file', language }, { scheme: 'untitled', language }])
];

/** The features that take a document first and that only records have. */
const RECORD_ONLY = [
    'provideCompletionItem', 'provideHover', 'provideSignatureHelp', 'provideDefinition', 'provideReferences',
    'provideDocumentHighlights', 'provideDocumentSymbols', 'provideCodeActions', 'provideCodeLenses',
    'provideDocumentFormattingEdits', 'provideDocumentRangeFormattingEdits', 'provideOnTypeFormattingEdits',
    'provideRenameEdits', 'prepareRename', 'provideDocumentLinks', 'provideDeclaration', 'provideTypeDefinition',
    'provideImplementation', 'provideFoldingRanges', 'provideSelectionRanges', 'provideDocumentSemanticTokens',
    'provideDocumentSemanticTokensEdits', 'provideDocumentRangeSemanticTokens', 'provideInlayHints',
    'provideLinkedEditingRange', 'provideDocumentColors'
] as const;

type Next = (...args: unknown[]) => unknown;

/** Middleware that answers nothing for a non-record document instead of asking the server. */
export function recordsOnly(): Middleware {
    const middleware: Record<string, (...args: unknown[]) => unknown> = {};
    for (const name of RECORD_ONLY) {
        middleware[name] = (...args: unknown[]) => {
            const document = args[0] as vscode.TextDocument;
            const next = args[args.length - 1] as Next;
            return document.languageId === LANGUAGE_ID ? next(...args.slice(0, -1)) : undefined;
        };
    }
    return middleware as Middleware;
}

/**
 * Whether the server is needed yet: a record is open, or a plain-text or Markdown file that the
 * prose checks would read. The extension starts with any Markdown or plain-text file (so that
 * the prose checks can run when turned on), but starts the server only when it has work.
 */
export function serverNeeded(documents: readonly vscode.TextDocument[], proseEnabled: boolean): boolean {
    return documents.some(document => document.languageId === LANGUAGE_ID
        || (PROSE_LANGUAGES.includes(document.languageId) && proseWanted(document.getText(), proseEnabled)));
}
