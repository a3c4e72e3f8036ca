import type { IRecognitionException } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import type { Rule } from '../rule.js';

/**
 * Parts of a line that could not be read. Records are read line by line and most text is
 * allowed anywhere, so this is rare; it is reported here, in plain words, rather than as a
 * parser's message.
 */
export const formatSyntax: Rule = {
    id: 'format/syntax',
    severity: 'error',
    description: 'Every line can be read as part of the record.',
    basic: true,
    check(context) {
        const document = context.document.textDocument;
        const seen = new Set<number>();
        for (const error of context.document.parseResult.parserErrors as IRecognitionException[]) {
            const token = error.token;
            const atEnd = !token || Number.isNaN(token.startOffset) || token.tokenType?.name === 'EOF';
            const start = atEnd ? document.getText().length : token.startOffset;
            if (seen.has(start)) continue;
            seen.add(start);
            const end = atEnd ? start : (token.endOffset ?? token.startOffset) + 1;
            const range: Range = { start: document.positionAt(start), end: document.positionAt(end) };
            const what = atEnd ? 'The record ends before this part is finished.' : `Assessment Lens could not read '${shorten(token.image)}' here.`;
            context.report({ range }, `${what} Check this line against the format guide: each line starts with a label such as "fact:" or "who:", a heading such as "people", a ">" for a child's own words, or plain text.`);
        }
    }
};

function shorten(text: string): string {
    const line = text.split(/\r?\n/)[0];
    return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
