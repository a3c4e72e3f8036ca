import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { Model } from '../../language/src/generated/ast.js';
import { makeServices } from '../helpers/services.js';

/** The longest a check of one record may take. */
export const CHECK_LIMIT_MS = 2000;

type Services = ReturnType<typeof makeServices>;
let services: Services | undefined;
let counter = 0;

/** One set of services for all inputs (as in the server), with the date pinned. */
function shared(): Services {
    services ??= makeServices();
    return services;
}

/** What went wrong with an input; empty when nothing did. */
export interface Trouble {
    where: string;
    what: string;
}

/**
 * Feeds records to everything that reads them: the parser, every check, and the editor
 * features (hover, completion, definition, references, highlights, rename, outline, folding,
 * code actions and their edits, code lenses, inlay hints, semantic highlighting, links and
 * formatting). Returns the troubles found instead of throwing, so that a test can show them
 * all with the input.
 */
export async function exercise(files: Record<string, string>, offsets: readonly number[] = [0]): Promise<Trouble[]> {
    const { shared: sharedServices, AssessmentLens } = shared();
    const run = ++counter;
    const troubles: Trouble[] = [];
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    const documents: Array<LangiumDocument<Model>> = [];
    try {
        for (const [name, text] of Object.entries(files)) {
            const document = sharedServices.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/fuzz/${run}/${name}`));
            sharedServices.workspace.LangiumDocuments.addDocument(document);
            documents.push(document);
        }
        const started = performance.now();
        try {
            await sharedServices.workspace.DocumentBuilder.build(documents, { validation: true });
        } catch (error) {
            troubles.push({ where: 'checking', what: describe(error) });
            return troubles;
        }
        const took = performance.now() - started;
        if (took > CHECK_LIMIT_MS) troubles.push({ where: 'checking', what: `took ${Math.round(took)} ms (limit ${CHECK_LIMIT_MS} ms)` });
        for (const document of documents) {
            for (const d of document.diagnostics ?? []) {
                if (/stopped early|An error occurred/.test(d.message)) troubles.push({ where: `check ${String(d.code)}`, what: d.message });
            }
            await features(AssessmentLens, document, offsets, troubles);
        }
    } finally {
        console.error = consoleError;
        // Forgets the records, and their names in the index, so that the next input starts clean.
        await sharedServices.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
    }
    for (const args of errors) troubles.push({ where: 'console.error', what: args.map(describe).join(' ') });
    return troubles;
}

function describe(error: unknown): string {
    return error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : String(error);
}

async function features(language: Services['AssessmentLens'], document: LangiumDocument<Model>, offsets: readonly number[], troubles: Trouble[]): Promise<void> {
    const lsp = language.lsp;
    const textDocument = { uri: document.uri.toString() };
    const text = document.textDocument.getText();
    const positions: Position[] = offsets.map(o => document.textDocument.positionAt(o % (text.length + 1)));
    const attempt = async (where: string, call: () => unknown) => {
        try {
            await call();
        } catch (error) {
            troubles.push({ where, what: describe(error) });
        }
    };
    for (const position of positions) {
        const at = { textDocument, position };
        await attempt('hover', () => lsp.HoverProvider?.getHoverContent(document, at));
        await attempt('completion', () => lsp.CompletionProvider?.getCompletion(document, at));
        await attempt('definition', () => lsp.DefinitionProvider?.getDefinition(document, at));
        await attempt('references', () => lsp.ReferencesProvider?.findReferences(document, { ...at, context: { includeDeclaration: true } }));
        await attempt('highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, at));
        await attempt('rename', async () => {
            if (await lsp.RenameProvider?.prepareRename(document, at)) await lsp.RenameProvider?.rename(document, { ...at, newName: 'Renamed' });
        });
    }
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    await attempt('outline', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
    await attempt('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
    await attempt('code lenses', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
    await attempt('inlay hints', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: whole }));
    await attempt('semantic highlighting', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }));
    await attempt('links', () => lsp.DocumentLinkProvider?.getDocumentLinks(document, { textDocument }));
    await attempt('formatting', async () => {
        const edits = await lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
        if (edits) applyEdits(document, edits);
    });
    const diagnostics = (document.diagnostics ?? []).slice(0, 30);
    await attempt('code actions', async () => {
        for (const diagnostic of diagnostics) {
            const actions = await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
            for (const action of (actions ?? []) as CodeAction[]) {
                const edits = action.edit?.changes?.[textDocument.uri];
                if (!edits) continue;
                applyEdits(document, edits);
                const lost = proseRemoved(document, edits, [diagnostic.range]);
                if (lost) troubles.push({ where: `quick fix "${action.title}"`, what: lost });
            }
        }
        const fixAll = await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
        for (const action of (fixAll ?? []) as CodeAction[]) {
            const edits = action.edit?.changes?.[textDocument.uri];
            const lost = edits && proseRemoved(document, edits, diagnostics.map(d => d.range));
            if (lost) troubles.push({ where: 'fix-all', what: lost });
        }
    });
}

/**
 * What a fix took away that was writing, or undefined when it kept every character of it. A fix
 * may add anything; it may take away only the words a finding flagged (to put plainer words in
 * their place), a label (`fact:` becoming `opinion of Sara:`) or spaces.
 */
function proseRemoved(document: LangiumDocument, edits: readonly TextEdit[], flagged: readonly Range[]): string | undefined {
    const text = document.textDocument.getText();
    const offset = (p: Position) => document.textDocument.offsetAt(p);
    for (const edit of edits) {
        const [from, to] = [offset(edit.range.start), offset(edit.range.end)];
        if (from === to) continue;
        const removed = text.slice(from, to);
        if (/^\s*$/.test(removed) || /^[a-z][a-z ]*:$/i.test(removed)) continue;
        if (flagged.some(r => offset(r.start) <= from && to <= offset(r.end))) continue;
        return `removed ${JSON.stringify(removed)} (offsets ${from}-${to}) and put ${JSON.stringify(edit.newText)} in its place`;
    }
    return undefined;
}

/** Applies edits to a copy of the text; throws when they overlap or point outside it, as an editor would refuse them. */
function applyEdits(document: LangiumDocument, edits: TextEdit[]): string {
    const text = document.textDocument.getText();
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const edit of edits) {
        for (const p of [edit.range.start, edit.range.end]) {
            if (p.line < 0 || p.character < 0 || p.line > lines) throw new Error(`an edit points outside the text: ${JSON.stringify(edit.range)}`);
        }
    }
    const sorted = [...edits].sort((a, b) => document.textDocument.offsetAt(a.range.start) - document.textDocument.offsetAt(b.range.start));
    for (let i = 1; i < sorted.length; i++) {
        if (document.textDocument.offsetAt(sorted[i].range.start) < document.textDocument.offsetAt(sorted[i - 1].range.end)) {
            throw new Error(`edits overlap: ${JSON.stringify(sorted[i - 1].range)} and ${JSON.stringify(sorted[i].range)}`);
        }
    }
    return TextDocument.applyEdits(TextDocument.create('fuzz', 'assessment-lens', 1, text), edits);
}
