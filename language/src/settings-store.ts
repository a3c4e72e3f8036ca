import { mergeSettings } from './config.js';
import { defaultSettings, type LensSettings } from './settings.js';

/**
 * Holds the settings the checks run with, in layers, each set by whoever knows it:
 * `team` from the workspace's `.assessment-lens.json`, `person` from the editor's settings,
 * and `host` from the program running the checks (the command line's options, where the rule
 * pages are). Later layers win; rule severities merge rule by rule.
 *
 * A host that is still fetching settings can `hold()` the checks, so that a record is not
 * first checked with the wrong settings; holds are released after at most `maxHoldMs`.
 */
export class SettingsStore {
    private readonly layers: Record<'team' | 'person' | 'host', Partial<LensSettings>> = { team: {}, person: {}, host: {} };
    private value: LensSettings = defaultSettings();
    private holds = 0;
    private waiting: Array<() => void> = [];

    constructor(private readonly maxHoldMs = 3000) {}

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

    /** Delays checks until the returned function is called (or the time limit passes). */
    hold(): () => void {
        this.holds++;
        let released = false;
        const release = () => {
            if (released) return;
            released = true;
            clearTimeout(timer);
            if (--this.holds === 0) {
                const waiting = this.waiting;
                this.waiting = [];
                for (const resume of waiting) resume();
            }
        };
        const timer = setTimeout(release, this.maxHoldMs);
        return release;
    }

    /** Resolves once no host is still fetching settings. */
    ready(): Promise<void> {
        return this.holds === 0 ? Promise.resolve() : new Promise(resolve => this.waiting.push(resolve));
    }
}
