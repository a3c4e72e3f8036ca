import type { DocumentModel } from './model.js';
import type { ImportResult } from './to-record.js';

export interface SummaryOptions {
    /** the document's name as the person knows it */
    name: string;
    /** whether the person chose assessment or plan (otherwise it was guessed from the headings) */
    chosen: boolean;
    /** how the person could choose instead, shown after a guess (" (guessed from its headings)") */
    guessed: string;
    /** what to do next to see what the record lacks ("look at the findings") */
    next: string;
}

/** What an import did, in plain sentences: what the document became, which headings matched, what to add. */
export function importSummary(model: DocumentModel, result: ImportResult, options: SummaryOptions): string[] {
    if (model.blocks.length === 0) return [`${options.name} has no writing in it: the ${result.kind} has only its first line.`];
    const sections = result.headings.filter(h => h.became !== 'title' && h.became !== 'within');
    const own = sections.filter(h => h.became === 'section').map(h => `"${h.heading}"`);
    const made = result.kind === 'assessment' ? 'an assessment' : 'a plan';
    return [
        `${options.name} was imported as ${made}${options.chosen ? '' : options.guessed}: `
        + (sections.length === 0 ? 'it has no headings, so every paragraph is under the first line.'
            : `${sections.length - own.length} of its ${sections.length} heading${sections.length === 1 ? '' : 's'} matched a part of the record.`),
        ...(own.length > 0 ? [`Kept as sections with their own titles: ${own.join(', ')}. A team can name these in "importHeadings" in its settings file.`] : []),
        `No one is declared: add the people section, then ${options.next} to see what else to add.`
    ];
}
