import type { AstNode, LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import {
    isAssessment, isDecision, isParagraph, isSection, isPeople, isTopicSection, isViews, isVoice, isWorries,
    type Assessment, type Item, type Model, type PartyRef, type Person, type Section, type Voice
} from '../../generated/ast.js';
import { headRange, indentOf, insertAfterFirstLine, insertLinesAfter } from '../edits.js';
import { headerFields, sectionsOf } from '../record.js';
import type { RuleContext } from '../rule.js';
import { mentions } from '../text.js';

/** The assessments in a file; plans are not checked by the assessment and voice rules. */
export function assessmentsIn(model: Model): Assessment[] {
    return model.parts.filter(isAssessment);
}

/** The assessment a quick fix is about, from the number its finding carried. */
export function assessmentAt(document: LangiumDocument, data: Record<string, unknown>): Assessment | undefined {
    const index = typeof data.assessment === 'number' ? data.assessment : 0;
    return assessmentsIn(document.parseResult.value as Model)[index];
}

/** Whether a reference such as `voice of Mia` points at this person (by link, or by the same short name). */
export function refersTo(ref: PartyRef | undefined, person: Person): boolean {
    if (!ref) return false;
    if (ref.party?.ref) return ref.party.ref === person;
    return (ref.party?.$refText ?? '').trim().toLowerCase() === person.name.toLowerCase();
}

/** The voice sections of an assessment that are about a child. */
export function voicesOf(assessment: Assessment, child: Person): Voice[] {
    return sectionsOf(assessment).filter(isVoice).filter(v => refersTo(v.child, child));
}

/** The words of a part of the record, as written. */
export function textOf(node: AstNode | undefined): string {
    return node?.$cstNode?.text ?? '';
}

/** The first name in a person's full name, when it differs from the short name. */
export function firstName(person: { name: string; fullName?: string }): string | undefined {
    const first = person.fullName?.trim().split(/\s+/)[0];
    return first && first.toLowerCase() !== person.name.toLowerCase() ? first : undefined;
}

/** Whether a text names a person or agency, by short name or first name. */
export function names(text: string, party: { name: string; fullName?: string }): boolean {
    const first = firstName(party);
    return mentions(text, party.name) || (first !== undefined && mentions(text, first));
}

/** Where a finding about the whole assessment is shown: its first line. */
export function firstLine(document: LangiumDocument, assessment: Assessment): Range {
    return headRange(document, assessment);
}

/**
 * The usual order of the parts of an assessment. A missing part is put back after the last
 * part that comes before it in this order, so a quick fix puts it where a reader expects it.
 */
const ORDER: ReadonlyArray<[string, (s: Section) => boolean]> = [
    ['people', isPeople],
    ['voice', isVoice],
    ['views', isViews],
    ['developmental needs', s => isTopicSection(s) && s.topic === 'developmental needs'],
    ['parenting capacity', s => isTopicSection(s) && s.topic === 'parenting capacity'],
    ['family and environment', s => isTopicSection(s) && s.topic === 'family and environment'],
    ['history', s => isTopicSection(s) && s.topic === 'history'],
    ['culture and identity', s => isTopicSection(s) && s.topic === 'culture and identity'],
    ['strengths', s => isTopicSection(s) && s.topic === 'strengths'],
    ['worries', isWorries],
    ['information from agencies', s => isTopicSection(s) && s.topic === 'information from agencies'],
    ['evidence', s => isTopicSection(s) && s.topic === 'evidence'],
    ['analysis', s => isTopicSection(s) && s.topic === 'analysis'],
    ['decision', isDecision]
];

function rankOf(section: Section): number {
    const i = ORDER.findIndex(([, is]) => is(section));
    return i < 0 ? -1 : i;
}

/**
 * An edit that adds a new section to an assessment, after the last section that comes before
 * it in the usual order, or after the header lines when there is none. `lines` start with the
 * heading; the lines under it carry their own two spaces.
 */
export function insertSection(document: LangiumDocument, assessment: Assessment, part: string, lines: readonly string[]): TextEdit {
    const rank = ORDER.findIndex(([name]) => name === part);
    const sections = sectionsOf(assessment)
        .filter(s => s.$cstNode)
        .sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
    const before = sections.filter(s => rankOf(s) >= 0 && rankOf(s) <= rank).at(-1);
    if (before) return insertLinesAfter(document, before, ['', ...lines], indentOf(document, before));
    return insertAfterHeader(document, assessment, ['', ...lines], '');
}

/** An edit that adds lines after an assessment's header lines (or after its title line when it has none). */
export function insertAfterHeader(document: LangiumDocument, assessment: Assessment, lines: readonly string[], indent: string): TextEdit {
    const last = headerFields(assessment).at(-1);
    if (last) return insertLinesAfter(document, last, lines, indent);
    return insertAfterFirstLine(document, assessment, lines, indent);
}

/** Whether a line under a heading says something (a paragraph with words, or any labelled line). */
export function hasContent(item: Item): boolean {
    return !isParagraph(item) || Boolean(item.text?.trim());
}

/** Whether a part of the record belongs to an assessment: inside it, or in a section at the top of the file. */
export function within(node: AstNode, assessment: Assessment): boolean {
    let part: AstNode = node;
    while (part.$container && part.$container.$type !== 'Model') part = part.$container;
    if (part === assessment) return true;
    return isSection(part) && sectionsOf(assessment).includes(part);
}

/** Every node of a type that belongs to an assessment, in the order they are written. */
export function nodesOf<T extends AstNode>(context: RuleContext, is: (node: AstNode) => node is T, assessment: Assessment): T[] {
    return context.nodes(is).filter(n => within(n, assessment));
}
