import type { editor } from 'monaco-editor/editor/editor.api';

/** Moves the cursor to a place in the record (0-based line and column, as LSP counts) and puts the focus there. */
export function goTo(view: editor.IStandaloneCodeEditor, line: number, column: number): void {
    const position = { lineNumber: line + 1, column: column + 1 };
    view.setPosition(position);
    view.revealPositionInCenter(position);
    view.focus();
}
