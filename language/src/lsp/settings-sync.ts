import { DefaultConfigurationProvider, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { AssessmentLensServices } from '../assessment-lens-module.js';
import type { LensSettings, RuleSetting } from '../settings.js';

/** The editor's settings live under `assessmentLens` (for example `assessmentLens.rules`). */
export class LensConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(_languageId: string): string {
        return SECTION;
    }
}

export const SECTION = 'assessmentLens';

/**
 * Keeps the checks' settings in step with the editor's: when a person changes a rule's
 * severity or the date to count from, every open record is checked again.
 */
export function followEditorSettings(shared: LangiumSharedServices, language: AssessmentLensServices): void {
    const provider = shared.workspace.ConfigurationProvider;
    const apply = async (raw: unknown, recheck: boolean): Promise<void> => {
        language.lens.Settings.setLayer('person', fromEditor(raw));
        if (recheck) await recheckAll(shared);
    };
    const release = language.lens.Settings.hold();
    provider.onConfigurationSectionUpdate(update => {
        if (update.section === SECTION) void apply(update.configuration, true);
    });
    void provider.ready.then(async () => {
        const rules = await provider.getConfiguration(language.LanguageMetaData.languageId, 'rules');
        const today = await provider.getConfiguration(language.LanguageMetaData.languageId, 'today');
        if (rules !== undefined || today !== undefined) language.lens.Settings.setLayer('person', fromEditor({ rules, today }));
    }).finally(release);
}

/** Checks every open record again, after the settings changed. */
export async function recheckAll(shared: LangiumSharedServices): Promise<void> {
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    for (const document of documents) {
        shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Takes what it can use from the editor's settings and ignores the rest. */
export function fromEditor(raw: unknown): Partial<LensSettings> {
    const settings: Partial<LensSettings> = {};
    if (typeof raw !== 'object' || raw === null) return settings;
    const { rules, today } = raw as Record<string, unknown>;
    if (typeof rules === 'object' && rules !== null) {
        settings.rules = Object.fromEntries(Object.entries(rules)
            .filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v)) as Array<[string, RuleSetting]>);
    }
    if (typeof today === 'string') settings.today = today.trim() || undefined;
    return settings;
}
