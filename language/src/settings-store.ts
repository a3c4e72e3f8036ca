import { defaultSettings, type LensSettings } from './settings.js';

/** Holds the settings the checks run with; the server, the command line or the browser set them. */
export class SettingsStore {
    private value: LensSettings = defaultSettings();

    get current(): LensSettings {
        return this.value;
    }

    /** Changes the settings given; `rules`, when given, replaces the rules set before. */
    set(settings: Partial<LensSettings>): void {
        this.value = { ...this.value, ...settings, rules: settings.rules ?? this.value.rules };
    }
}
