export { checkProse, checkModel, checkSpans, spansOf, PROSE_RULES, type ProseFinding, type ProseKind, type ProseOptions } from './check-prose.js';
export { RecordOfProse, type ProseSpan } from './record-of-prose.js';
export { readsAsPlainWriting, proseServices } from './services.js';
