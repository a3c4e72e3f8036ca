/**
 * Converting between LSP's shapes and Monaco's. LSP counts lines and characters from 0;
 * Monaco counts both from 1.
 */
import type * as lsp from 'vscode-languageserver-protocol/browser';
import type { Monaco } from '../monaco.js';
import type { editor, IMarkdownString, IPosition, IRange, languages } from 'monaco-editor/editor/editor.api';

export function toLspPosition(position: IPosition): lsp.Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function toLspRange(range: IRange): lsp.Range {
    return {
        start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
        end: { line: range.endLineNumber - 1, character: range.endColumn - 1 }
    };
}

export function toMonacoRange(range: lsp.Range): IRange {
    return {
        startLineNumber: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLineNumber: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}

export function toMarkdown(content: lsp.MarkupContent | lsp.MarkedString | lsp.MarkedString[] | string | undefined): IMarkdownString[] {
    if (content === undefined) return [];
    if (Array.isArray(content)) return content.flatMap(c => toMarkdown(c));
    if (typeof content === 'string') return [{ value: content }];
    if ('kind' in content) {
        return [{ value: content.kind === 'markdown' ? content.value : escapeMarkdown(content.value) }];
    }
    return [{ value: '```' + content.language + '\n' + content.value + '\n```' }];
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function toMarkerSeverity(monaco: Monaco, severity: lsp.DiagnosticSeverity | undefined): number {
    switch (severity) {
        case 1: return monaco.MarkerSeverity.Error;
        case 2: return monaco.MarkerSeverity.Warning;
        case 3: return monaco.MarkerSeverity.Info;
        case 4: return monaco.MarkerSeverity.Hint;
        default: return monaco.MarkerSeverity.Warning;
    }
}

export function toMarkerData(monaco: Monaco, diagnostic: lsp.Diagnostic): editor.IMarkerData {
    const code = diagnostic.code === undefined ? undefined : String(diagnostic.code);
    const href = diagnostic.codeDescription?.href;
    return {
        ...toMonacoRange(diagnostic.range),
        severity: toMarkerSeverity(monaco, diagnostic.severity),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        source: diagnostic.source,
        code: code !== undefined && href ? { value: code, target: monaco.Uri.parse(href) } : code,
        tags: diagnostic.tags?.map(tag => tag === 1 ? monaco.MarkerTag.Unnecessary : monaco.MarkerTag.Deprecated),
        relatedInformation: diagnostic.relatedInformation?.map(info => ({
            resource: monaco.Uri.parse(info.location.uri),
            message: info.message,
            ...toMonacoRange(info.location.range)
        }))
    };
}

/** LSP's CompletionItemKind (1-based) to Monaco's. */
export function toCompletionKind(monaco: Monaco, kind: lsp.CompletionItemKind | undefined): languages.CompletionItemKind {
    const k = monaco.languages.CompletionItemKind;
    const table: Record<number, languages.CompletionItemKind> = {
        1: k.Text, 2: k.Method, 3: k.Function, 4: k.Constructor, 5: k.Field, 6: k.Variable, 7: k.Class, 8: k.Interface,
        9: k.Module, 10: k.Property, 11: k.Unit, 12: k.Value, 13: k.Enum, 14: k.Keyword, 15: k.Snippet, 16: k.Color,
        17: k.File, 18: k.Reference, 19: k.Folder, 20: k.EnumMember, 21: k.Constant, 22: k.Struct, 23: k.Event,
        24: k.Operator, 25: k.TypeParameter
    };
    return (kind && table[kind]) ?? k.Text;
}

/** LSP's SymbolKind (1-based) to Monaco's (0-based, same order). */
export function toSymbolKind(kind: lsp.SymbolKind): languages.SymbolKind {
    return (kind - 1) as languages.SymbolKind;
}

/** The text edits of an LSP edit to Monaco's. */
export function toTextEdits(edits: lsp.TextEdit[]): languages.TextEdit[] {
    return edits.map(edit => ({ range: toMonacoRange(edit.range), text: edit.newText }));
}
