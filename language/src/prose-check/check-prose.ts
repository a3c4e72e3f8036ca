import { URI, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { readMarkdown } from '../import/markdown.js';
import type { DocumentModel, SourceBlock } from '../import/model.js';
import { readPlainText } from '../import/plain-text.js';
import { runRules } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { Rule, Severity } from '../rules/rule.js';
import { defaultSettings, type LensSettings } from '../settings.js';
import { RecordOfProse, type ProseSpan } from './record-of-prose.js';
import { proseServices } from './services.js';

/** The rules that make sense on writing alone: those marked `prose`. */
export const PROSE_RULES: readonly Rule[] = RULES.filter(r => r.prose);

export type ProseKind = 'text' | 'markdown';

/** A finding in writing that is not a record, placed in the source text. */
export interface ProseFinding {
    rule: string;
    severity: Severity;
    message: string;
    /** 0-based line and character in the source text, as in LSP */
    range: Range;
    /** offsets in the source text */
    start: number;
    end: number;
    /** the words the finding is about, on one line (shortened when long) */
    quote: string;
    /** for a document with no lines of its own (a Word file): where it is, such as "paragraph 12" */
    place?: string;
}

export interface ProseOptions {
    kind: ProseKind;
    settings?: Partial<LensSettings>;
}

/** Checks plain text or Markdown with every prose rule that is on; positions are in the text given. */
export function checkProse(text: string, options: ProseOptions): ProseFinding[] {
    const blocks = options.kind === 'markdown' ? readMarkdown(text) : readPlainText(text);
    return checkSpans(text, spansOf(blocks), options.settings ?? {});
}

/** The writing of blocks read from a source text, table cells included. */
export function spansOf(blocks: readonly SourceBlock[]): ProseSpan[] {
    const spans: ProseSpan[] = [];
    for (const block of blocks) {
        if (block.kind === 'table') {
            for (const row of block.rows) for (const cell of row) if (cell.span) spans.push({ kind: 'paragraph', ...cell.span });
        } else {
            spans.push({ kind: block.kind, ...block.span });
        }
    }
    return spans;
}

/**
 * Checks a document model (a Word file, read into headings, paragraphs and tables). It has no
 * lines of its own, so each finding says where it is: "paragraph 12" (headings and paragraphs
 * counted from the top, as a reader counts them) or "table 2, row 3, column 1".
 */
export function checkModel(model: DocumentModel, settings: Partial<LensSettings> = {}): ProseFinding[] {
    const pieces: Array<{ span: ProseSpan; place: string }> = [];
    let at = 0;
    let paragraph = 0;
    let table = 0;
    const add = (kind: ProseSpan['kind'], text: string, place: string) => {
        pieces.push({ span: { kind, start: at, text }, place });
        at += text.length + 2;
    };
    for (const block of model.blocks) {
        if (block.kind === 'table') {
            table++;
            block.rows.forEach((row, r) => row.forEach((cell, c) => add('paragraph', cell, `table ${table}, row ${r + 1}, column ${c + 1}`)));
        } else {
            add(block.kind, block.text, `paragraph ${++paragraph}`);
        }
    }
    const text = pieces.map(p => p.span.text).join('\n\n');
    return checkSpans(text, pieces.map(p => p.span), settings).map(f => {
        const piece = [...pieces].reverse().find(p => p.span.start <= f.start);
        return piece ? { ...f, place: piece.place } : f;
    });
}

/** Checks spans of writing in a source text: they are made into a record, checked, and the findings placed back in the source. */
export function checkSpans(source: string, spans: readonly ProseSpan[], settings: Partial<LensSettings>): ProseFinding[] {
    const record = new RecordOfProse(spans);
    const services = proseServices();
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(record.text, URI.parse('memory:///prose.assessment'));
    const full: LensSettings = { ...defaultSettings(), ...settings, rules: settings.rules ?? {} } as LensSettings;
    // Lines end at \n, \r\n or \r, as in LSP.
    const lines = TextDocument.create('memory:///source', 'plaintext', 0, source);
    const findings: ProseFinding[] = [];
    const accept: ValidationAcceptor = (severity, message, info) => {
        const range = 'range' in info && info.range ? info.range : nodeRange(info.node);
        if (!range) return;
        const placed = record.sourceRange(document.textDocument.offsetAt(range.start), document.textDocument.offsetAt(range.end));
        if (!placed) return;
        findings.push({
            rule: String(info.code ?? 'unknown'),
            severity,
            message,
            range: { start: lines.positionAt(placed.start), end: lines.positionAt(placed.end) },
            start: placed.start,
            end: placed.end,
            quote: quoteOf(source.slice(placed.start, placed.end))
        });
    };
    runRules(document as LangiumDocument<Model>, full, accept, () => [], PROSE_RULES);
    return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function nodeRange(node: AstNode | undefined): Range | undefined {
    return node?.$cstNode?.range;
}

const QUOTE_CHARACTERS = 60;

/** Words on one line; when long, shortened at the end of a word. */
function quoteOf(text: string): string {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line.length <= QUOTE_CHARACTERS) return line;
    const cut = line.lastIndexOf(' ', QUOTE_CHARACTERS);
    return `${line.slice(0, cut > QUOTE_CHARACTERS / 2 ? cut : QUOTE_CHARACTERS)}…`;
}
