/** Word files are read by the same code as the language server's import: see server/src/word.ts. */
export { docxToModel, UnreadableDocument } from '../../../server/src/word.js';
