import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isPeople, isVoice, type Assessment, type Person, type Voice } from '../../generated/ast.js';
import { indentOf, insertLinesAfter } from '../edits.js';
import { isBabyOrUnborn, sectionsOf } from '../record.js';
import type { CalendarDate } from '../../dates.js';
import { possessive } from '../text.js';

/** The child a voice section is about, when the name after `voice of` is someone in the people section. */
export function childOf(voice: Voice): Person | undefined {
    const party = voice.child?.party?.ref;
    return party && party.$type === 'Person' ? party as Person : undefined;
}

/** The voice sections of an assessment, each with its child and whether the child is a baby or not yet born. */
export function voicesIn(assessment: Assessment, today: CalendarDate): Array<{ voice: Voice; child: Person; baby: boolean }> {
    return sectionsOf(assessment).filter(isVoice).flatMap(voice => {
        const child = childOf(voice);
        return child ? [{ voice, child, baby: isBabyOrUnborn(child, today) }] : [];
    });
}

/** The lines of a voice section ready to fill in, for a baby or unborn child or for an older child. */
export function voiceSkeleton(name: string, kind: 'unborn' | 'baby' | 'child'): string[] {
    if (kind === 'unborn') {
        return [`voice of ${name}`, `  observed: <what is known of ${name} before birth, and the care ${name} will need to be safe and well>`];
    }
    if (kind === 'baby') {
        return [`voice of ${name}`, '  seen: <date> <where, and who was there>',
            `  observed: <what you saw of ${name}: how ${name} responds to the adults, feeding, sleep, clothes and cot>`];
    }
    return [`voice of ${name}`,
        '  seen: <date> <where, and who was there>',
        '  seen alone: <date> <where>',
        `  > <${possessive(name)} own words, exactly as said>`,
        `  wishes: <what ${name} would like to happen>`,
        `  feelings: <how ${name} feels about home, school and the people in ${possessive(name)} life>`];
}

/** An edit that adds a voice section after the last one, or after the people section. */
export function insertVoice(document: LangiumDocument, assessment: Assessment, lines: readonly string[]): TextEdit {
    const sections = sectionsOf(assessment).filter(s => s.$cstNode).sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
    const anchor = sections.filter(isVoice).at(-1) ?? sections.filter(isPeople).at(-1);
    if (anchor) return insertLinesAfter(document, anchor, ['', ...lines], indentOf(document, anchor));
    return insertLinesAfter(document, assessment, ['', ...lines], '');
}
