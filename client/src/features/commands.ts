/**
 * The commands the extension adds, by name. package.json lists the same ids with their titles;
 * a test checks that the two agree and that each is registered.
 */
export const COMMANDS = {
    showPreview: 'assessmentLens.showPreview',
    showReport: 'assessmentLens.showReport',
    newAssessment: 'assessmentLens.newAssessment',
    newPlan: 'assessmentLens.newPlan',
    openExample: 'assessmentLens.openExample',
    importDocument: 'assessmentLens.importDocument'
} as const;

export const LANGUAGE_ID = 'assessment-lens';

/** Settings read by the editor's side of the extension (the checks' settings are read by the server). */
export const SETTINGS = {
    section: 'assessmentLens',
    scrollSync: 'preview.scrollSync',
    statusBar: 'statusBar.completeness'
} as const;
