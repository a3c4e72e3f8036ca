import type { GlossaryEntry } from './glossary.js';

/**
 * Where an acronym is spelt out in a text: "Child in Need (CIN)" or "CIN (Child in Need)".
 * Returns the offsets at which it counts as explained; a use at or after one is fine.
 */
export function spelledOutAt(text: string, entry: GlossaryEntry): number[] {
    if (!entry.expansion) return [];
    const acronyms = [entry.term, ...(entry.variants ?? [])].map(a => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const words = entry.expansion.trim().split(/[\s-]+/).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+');
    const acronym = `(?:${acronyms.join('|')})`;
    const pattern = new RegExp(`${words}\\s*\\(\\s*${acronym}\\s*\\)|${acronym}\\s*\\(\\s*${words}\\s*\\)`, 'gi');
    const found: number[] = [];
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) found.push(m.index);
    return found;
}
