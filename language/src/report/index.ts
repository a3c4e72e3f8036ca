export * from './rubric.js';
export { recordFacts, reportFindings } from './from-document.js';
export { cohortOf, type Cohort, type CriterionTotal } from './cohort.js';
export { reportToHtml, cohortToHtml, type ReportHtmlOptions } from './html.js';
export { reportToMarkdown, cohortToMarkdown, cohortTable, rubricTable } from './markdown.js';
export { reportToCsv, cohortToCsv } from './csv.js';
