import { mergeSettings } from './config.js';
import { defaultSettings, type LensSettings } from './settings.js';

/**
 * Holds the settings the checks run with, in layers, each set by whoever knows it:
 * `team` from the workspace's `.assessment-lens.json`, `person` from the editor's settings,
 * and `host` from the program running the checks (the command line's options, where the rule
 * pages are). Later layers win; rule severities merge rule by rule.
 */
export class SettingsStore {
    private readonly layers: Record<'team' | 'person' | 'host', Partial<LensSettings>> = { team: {}, person: {}, host: {} };
    private value: LensSettings = defaultSettings();

    get current(): LensSettings {
        return this.value;
    }

    /** Changes what the running program knows (the command line's options, where pages are). */
    set(settings: Partial<LensSettings>): void {
        this.setLayer('host', { ...this.layers.host, ...settings });
    }

    /** Replaces one layer as a whole. */
    setLayer(layer: 'team' | 'person' | 'host', settings: Partial<LensSettings>): void {
        this.layers[layer] = settings;
        this.value = { ...defaultSettings(), ...mergeSettings(this.layers.team, this.layers.person, this.layers.host) } as LensSettings;
        this.value.rules ??= {};
    }
}
