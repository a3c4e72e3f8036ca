import { TextDocument, type LangiumDocument, type Lexer } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver-protocol';
import { formatRecord, sameReading } from '../format/index.js';

/**
 * Format Document in any editor: indentation of two spaces per level, one space after each
 * label, no stray blank lines or trailing spaces. The words themselves are never changed.
 */
export class RecordFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    /** Only the lines of the selection change; what they change to is worked out from the whole record. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
        const edits = this.edits(document).filter(edit => edit.range.start.line >= start.line && edit.range.start.line <= last);
        // Part of a record laid out on its own must still read the same as before; if not, leave it.
        const text = document.textDocument.getText();
        return sameReading(this.lexer, text, TextDocument.applyEdits(document.textDocument, edits)) ? edits : [];
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        return formatRecord(text, document.parseResult.value.$cstNode, { lexer: this.lexer }).edits;
    }
}
