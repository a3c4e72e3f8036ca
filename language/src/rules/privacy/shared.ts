import data from '../../data/privacy-identifiers.json' with { type: 'json' };
import { isPerson, isUseField, type Assessment, type Model, type Party, type Plan } from '../../generated/ast.js';
import { partiesFor, recordsIn } from '../record.js';
import type { RuleContext, Target } from '../rule.js';
import { alternatives, escapeRegExp } from '../text.js';
import { findIdentifiers, type IdentifierKind } from './identifiers.js';

/**
 * What the two privacy rules share: every piece of personal data in a file, and whether the
 * record it stands in is exemplar or training material (`use: exemplar`, `use: training`).
 */

export type PersonalDataKind = IdentifierKind | 'birth';

export interface PersonalData {
    kind: PersonalDataKind;
    target: Target;
    /** the short name of the person, for a date of birth with a full name */
    person?: string;
    /** what the record says it is for, when it is exemplar or training material */
    sharedAs?: 'exemplar' | 'training';
    /** where it starts in the text, for listing findings in order */
    offset: number;
}

const found = new WeakMap<Model, PersonalData[]>();

/** Every piece of personal data in the document, worked out once for both rules. */
export function personalData(context: RuleContext): PersonalData[] {
    let list = found.get(context.model);
    if (!list) {
        list = collect(context);
        found.set(context.model, list);
    }
    return list;
}

/** `exemplar` or `training` when a record says it is such material in its `use:` line. */
export function sharedAs(record: Assessment | Plan | undefined, model: Model): 'exemplar' | 'training' | undefined {
    const fields = record ? record.fields : model.parts;
    for (const field of fields) {
        if (!isUseField(field)) continue;
        const m = /^\s*(exemplar|training)\b/i.exec(field.value ?? '');
        if (m) return m[1].toLowerCase() as 'exemplar' | 'training';
    }
    return undefined;
}

/** The record that text at an offset belongs to: the last one starting before it (lines above the first record belong to it). */
function recordAt(records: ReadonlyArray<Assessment | Plan>, offset: number): Assessment | Plan | undefined {
    let at = records[0];
    for (const record of records) if ((record.$cstNode?.offset ?? Infinity) <= offset) at = record;
    return at;
}

/** A full name has at least two words. */
function isFullName(name: string | undefined): name is string {
    return name !== undefined && name.trim().split(/\s+/).filter(w => /\p{L}/u.test(w)).length >= 2;
}

const DATE = String.raw`(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})`;
const BIRTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives(data.birthWords)})\s*[:-]?\s*(${DATE})(?![\p{N}])`, 'giu');

/** The full names of everyone declared for the records of a file (a plan's include those of its assessment), as whole words. */
function fullNamesPattern(context: RuleContext, records: ReadonlyArray<Assessment | Plan>): RegExp {
    const fullNames = new Set<string>();
    const add = (party: Party) => {
        if (isPerson(party) && isFullName(party.fullName)) fullNames.add(party.fullName.trim());
    };
    context.nodes(isPerson).forEach(add);
    for (const record of records) partiesFor(record).forEach(add);
    if (fullNames.size === 0) return /(?!)/;
    const choices = [...fullNames].map(n => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|');
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${choices})(?![\\p{L}\\p{N}])`, 'iu');
}

function collect(context: RuleContext): PersonalData[] {
    const { document, model } = context;
    const text = document.textDocument.getText();
    const records = recordsIn(model);
    const use = new Map(records.map(r => [r, sharedAs(r, model)]));
    const loose = sharedAs(undefined, model);
    const sharedAt = (offset: number) => {
        const record = recordAt(records, offset);
        return record ? use.get(record) : loose;
    };
    const list: PersonalData[] = [];
    const rangeOf = (start: number, end: number) => ({ start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) });

    for (const id of findIdentifiers(text)) {
        list.push({ kind: id.kind, target: { range: rangeOf(id.start, id.end) }, sharedAs: sharedAt(id.start), offset: id.start });
    }

    // A person declared with a full name and an exact date of birth.
    const flaggedLines = new Set<number>();
    for (const person of context.nodes(isPerson)) {
        if (!isFullName(person.fullName) || person.birthLabel !== 'born' || !person.birth || !person.$cstNode) continue;
        const offset = person.$cstNode.offset;
        list.push({ kind: 'birth', target: { node: person, property: 'fullName' }, person: person.name, sharedAs: sharedAt(offset), offset });
        flaggedLines.add(person.$cstNode.range.start.line);
    }

    // A date of birth written in a line that also gives someone's full name.
    let names: RegExp | undefined;
    for (const m of text.matchAll(BIRTH)) {
        const dateStart = m.index + m[0].length - m[1].length;
        const position = document.textDocument.positionAt(dateStart);
        if (flaggedLines.has(position.line)) continue;
        names ??= fullNamesPattern(context, records);
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        let lineEnd = text.indexOf('\n', m.index);
        if (lineEnd < 0) lineEnd = text.length;
        if (!names.test(text.slice(lineStart, lineEnd))) continue;
        flaggedLines.add(position.line);
        list.push({ kind: 'birth', target: { range: rangeOf(dateStart, dateStart + m[1].length) }, sharedAs: sharedAt(dateStart), offset: dateStart });
    }
    return list.sort((a, b) => a.offset - b.offset);
}

const WHAT: Record<IdentifierKind, string> = {
    nhs: 'an NHS number (its check digit is right, so it could be a real person\'s)',
    ni: 'a National Insurance number',
    postcode: 'a full postcode',
    phone: 'a telephone number',
    email: 'an email address'
};

const INSTEAD: Record<PersonalDataKind, string> = {
    nhs: 'take it out, or write "NHS number: on file"',
    ni: 'take it out, or use the sample QQ 12 34 56 C, which is never given to anyone',
    postcode: 'give the town, or the first half of the postcode only (for example LS1)',
    phone: 'take it out, or use a number Ofcom keeps for drama, such as 07700 900123 or 01632 960123',
    email: 'take it out, or use an address at example.org, which can never reach anyone',
    birth: 'keep the short name and the date of birth, and leave out the full name'
};

/** The first sentence of a finding: what was found, naming the person where there is one. */
export function describe(item: PersonalData): string {
    if (item.kind !== 'birth') return `This is ${WHAT[item.kind]}.`;
    return item.person
        ? `${item.person} is given a full name and an exact date of birth, which together say exactly who this is.`
        : 'This date of birth is written beside a full name, which together say exactly who this is.';
}

/** What to write instead in exemplar or training material. */
export function instead(kind: PersonalDataKind): string {
    return INSTEAD[kind];
}
