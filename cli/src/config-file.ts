import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, parseConfig, RULES, type LensSettings } from '../../language/src/index.js';

export interface LoadedConfig {
    path?: string;
    settings: Partial<LensSettings>;
    /** Parts of the file that were wrong and left out; the rest applies. */
    warnings: string[];
}

/** The team's settings file: the one named, or the nearest `.assessment-lens.json` from the working folder up. */
export async function loadConfig(named: string | undefined, cwd: string): Promise<LoadedConfig> {
    const path = named !== undefined ? resolve(cwd, named) : nearest(cwd);
    if (!path) return { settings: {}, warnings: [] };
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch {
        throw new ConfigError(`The settings file ${named ?? path} could not be read. Check the name, or leave out --config.`);
    }
    const { settings, problems } = parseConfig(text, RULES.map(r => r.id));
    if (Object.keys(settings).length === 0 && problems.some(p => p.includes('none of it was used') || p.includes('must hold one JSON object'))) {
        throw new ConfigError(`${named ?? path}: ${problems.join(' ')}`);
    }
    return { path, settings, warnings: problems.map(p => `${named ?? path}: ${p}`) };
}

export class ConfigError extends Error {}

function nearest(from: string): string | undefined {
    let folder = resolve(from);
    for (;;) {
        const candidate = join(folder, CONFIG_FILE);
        if (existsSync(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}
