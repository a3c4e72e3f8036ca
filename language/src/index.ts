export * from './assessment-lens-module.js';
export * from './dates.js';
export * from './settings.js';
export * from './settings-store.js';
export * from './rules/rule.js';
export { RULES, ruleById } from './rules/index.js';
export { effectiveSeverity, ruleDocUrl } from './rules/engine.js';
export * as ast from './generated/ast.js';
export { followEditorSettings, fromEditor } from './lsp/settings-sync.js';
