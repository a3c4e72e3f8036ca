import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { kindInfo } from '../evidence/vocabulary.js';
import { cueWords, placedCues } from '../rules/evidence/shared.js';
import type { LensSettings } from '../settings.js';

/**
 * Over words the fact and opinion checks point at: which words make the sentence an opinion
 * (or hearsay), what kind each is, and what to write instead.
 */
export function evidenceHover(document: LangiumDocument, offset: number, settings: LensSettings): { value: string; range: Range } | undefined {
    const placed = placedCues(document).find(c => c.from <= offset && offset <= c.to && settings.rules[c.rule] !== 'off');
    if (!placed) return undefined;
    const hearsay = placed.rule === 'evidence/hearsay';
    const heading = hearsay ? '**Second-hand, with no source**' : '**Reads as an opinion, not a fact**';
    const kinds = placed.cue.kinds.map(k => `- *${kindInfo(k).label}*: ${kindInfo(k).why}`).join('\n');
    const value = [
        heading,
        `These words make it so: "${cueWords(placed.cue)}"`,
        kinds,
        hearsay
            ? 'Source: Assessments and support procedure (verify what you are told through information from other agencies). Checked by `evidence/hearsay`.'
            : 'Source: Assessments and support procedure (a good assessment separates out facts from opinions). Checked by `evidence/opinion-as-fact`.'
    ].join('\n\n');
    return { value, range: { start: document.textDocument.positionAt(placed.from), end: document.textDocument.positionAt(placed.to) } };
}
