// Monaco's editor and its features (hover, suggestions, quick fixes, outline, find...), without the
// languages it ships with: the playground only edits records.
import 'monaco-editor/features/register.all';
import * as monaco from 'monaco-editor/editor/editor.api';

export { monaco };
export type Monaco = typeof monaco;
