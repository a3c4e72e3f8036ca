export * from './assessment-lens-module.js';
export * from './dates.js';
export * from './settings.js';
export * from './settings-store.js';
export * from './rules/rule.js';
export { RULES, ruleById } from './rules/index.js';
export { effectiveSeverity, ruleDocUrl } from './rules/engine.js';
export * as ast from './generated/ast.js';
export { followEditorSettings, fromEditor, recheckAll } from './lsp/settings-sync.js';
export { safeFixEdits, fixesFor } from './lsp/fix-all.js';
export * from './config.js';
export {
    registerRecordRequests, previewOf, reportOf, PreviewRequest, ReportRequest,
    type RecordParams, type PreviewResult, type ReportResult, type ReportCriterion
} from './lsp/record-requests.js';
export { checkProseDocuments } from './lsp/prose-documents.js';
export { registerImportRequest, importDocument, ImportRequest, type ImportParams, type ImportRequestResult, type ReadWord } from './lsp/import-request.js';
export { checkProse, checkModel } from './prose-check/check-prose.js';
export * from './import/index.js';
