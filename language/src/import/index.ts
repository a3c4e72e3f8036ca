export * from './model.js';
export { readPlainText } from './plain-text.js';
export { readMarkdown } from './markdown.js';
export { htmlToModel } from './html.js';
export {
    headingKey, sectionFor, columnFor, IMPORT_SECTIONS, PLAN_SECTIONS, type ImportSection, type PlanColumn, type TeamHeadings
} from './headings.js';
export { modelToRecord, writingLine, NOTES, type ImportOptions, type ImportResult, type PlacedHeading, type RecordKind } from './to-record.js';
export { importSummary, type SummaryOptions } from './summary.js';
