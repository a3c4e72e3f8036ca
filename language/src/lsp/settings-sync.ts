import { DefaultConfigurationProvider, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { AssessmentLensServices } from '../assessment-lens-module.js';
import { REGIONS, type LensSettings, type Region, type RuleSetting } from '../settings.js';

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
        const id = language.LanguageMetaData.languageId;
        const raw: Record<string, unknown> = {};
        for (const key of EDITOR_KEYS) raw[key] = await provider.getConfiguration(id, key);
        language.lens.Settings.setLayer('person', fromEditor(raw));
    }).finally(release);
}

/**
 * Checks every open record again, after the settings changed. It takes the workspace's write
 * lock like every other build, so it never runs beside a build for a keystroke (two builds of
 * one document at once would each add their findings, and every finding would show twice).
 */
export async function recheckAll(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceLock.write(async token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        for (const document of documents) {
            shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
        }
        await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
    });
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** The settings a person can set in the editor, under `assessmentLens.`. */
const EDITOR_KEYS = ['rules', 'today', 'region', 'assessmentWorkingDays', 'reviewMaxWeeks', 'staleMonths', 'longSentenceWords', 'fullCheckChars'] as const;

/** The whole numbers a person can set, each at least 1; empty (null) leaves the team's value. */
const WHOLE_NUMBERS = ['assessmentWorkingDays', 'reviewMaxWeeks', 'staleMonths', 'longSentenceWords', 'fullCheckChars'] as const;

/** Takes what it can use from the editor's settings and ignores the rest. */
export function fromEditor(raw: unknown): Partial<LensSettings> {
    const settings: Partial<LensSettings> = {};
    if (typeof raw !== 'object' || raw === null) return settings;
    const values = raw as Record<string, unknown>;
    const { rules, today, region } = values;
    if (typeof region === 'string' && (REGIONS as readonly string[]).includes(region)) settings.region = region as Region;
    for (const key of WHOLE_NUMBERS) {
        const value = values[key];
        if (typeof value === 'number' && Number.isFinite(value) && value >= 1) settings[key] = Math.floor(value);
    }
    if (typeof rules === 'object' && rules !== null) {
        settings.rules = Object.fromEntries(Object.entries(rules)
            .filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v)) as Array<[string, RuleSetting]>);
    }
    if (typeof today === 'string') settings.today = today.trim() || undefined;
    return settings;
}
