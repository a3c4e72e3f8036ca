// The worker Monaco uses for its own work (finding words, comparing text); it knows nothing of records.
import 'monaco-editor/editor/editor.worker';
