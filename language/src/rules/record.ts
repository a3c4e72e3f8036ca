import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import {
    isAgency, isAssessment, isFromField, isPeople, isPerson, isPlan, isSection, isWorries,
    type Assessment, type Field, type Model, type Party, type Person, type Plan, type Section, type Worry
} from '../generated/ast.js';
import { age, parseDate, type CalendarDate } from '../dates.js';
import { PARENT_ROLES } from '../parser/vocabulary.js';
import { indentOf } from './edits.js';

/**
 * Questions rules ask about a record, answered from the tree alone (no I/O).
 * Sections written before any `assessment` line count for the first assessment in the file.
 */

/** The sections of an assessment: its own, and any at the top of the file outside a record. */
export function sectionsOf(record: Assessment | Plan): Section[] {
    const model = record.$container;
    const loose = model.parts.filter(isSection);
    return [...record.sections, ...loose];
}

/**
 * Everyone declared in the file of a node, and in the assessment its plan comes from.
 * Called for every fact and every record, so each file's own declarations are collected once
 * per tree (a tree never changes: new text makes a new one), and the linked assessment is
 * looked up afresh each time, so a change to it is always seen.
 */
export function partiesFor(node: AstNode): Party[] {
    const model = AstUtils.findRootNode(node) as Model;
    const roots = new Set<AstNode>([model]);
    for (const part of model.parts ?? []) {
        for (const field of isPlan(part) || isAssessment(part) ? part.fields : [part]) {
            const assessment = isFromField(field) ? field.assessment?.ref : undefined;
            if (assessment) roots.add(AstUtils.findRootNode(assessment));
        }
    }
    return [...roots].flatMap(declaredIn);
}

const declared = new WeakMap<AstNode, Party[]>();

/** The people and agencies declared in one file. */
function declaredIn(root: AstNode): Party[] {
    let parties = declared.get(root);
    if (!parties) {
        parties = [];
        for (const n of AstUtils.streamAst(root)) if (isPeople(n)) parties.push(...n.members);
        declared.set(root, parties);
    }
    return parties;
}

export function isChild(party: Party): party is Person {
    return isPerson(party) && (party.role === 'child' || party.role === 'unborn child');
}

export function isParentOrCarer(party: Party): party is Person {
    return isPerson(party) && PARENT_ROLES.includes(party.role);
}

/** Each person of a kind declared for a record once (the same name in other capitals counts once), in the order they are listed. */
export function peopleOf(record: Assessment | Plan, is: (party: Party) => party is Person): Person[] {
    const seen = new Set<string>();
    return partiesFor(record).filter(is).filter(person => {
        const key = person.name.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** Each child declared for a record once, in the order they are listed. */
export function childrenOf(record: Assessment | Plan): Person[] {
    return peopleOf(record, isChild);
}

/** The names of the children a record is for: those declared in its file or in the assessment its plan comes from. */
export function childNamesOf(record: Assessment | Plan): string[] {
    return unique(partiesFor(record).filter(isChild).map(c => c.name));
}

/** The names by which the adults and agencies of a record can be written: short names and full names. */
export function adultNames(record: Assessment | Plan, keep: (party: Party) => boolean = () => true): string[] {
    const names: string[] = [];
    for (const party of partiesFor(record)) {
        if (isChild(party) || !keep(party)) continue;
        if (party.name) names.push(party.name);
        if ((isPerson(party) || isAgency(party)) && party.fullName) names.push(party.fullName);
    }
    return unique(names);
}

/** Names without blanks, each once (as written). */
function unique(names: string[]): string[] {
    return [...new Set(names.filter(n => n.trim() !== ''))];
}

/** Every worry, danger statement and complicating factor of an assessment. */
export function worriesOf(assessment: Assessment): Worry[] {
    const found: Worry[] = [];
    for (const section of sectionsOf(assessment)) {
        if (isWorries(section)) found.push(...section.worries);
    }
    return found;
}

/** The header lines of an assessment (`kind:`, `purpose:` and the rest) that come before its first section or writing. */
export function headerFields(assessment: Assessment): Field[] {
    const first = Math.min(...assessment.sections.map(s => s.$cstNode?.offset ?? Infinity), ...assessment.items.map(i => i.$cstNode?.offset ?? Infinity));
    return assessment.fields.filter(f => (f.$cstNode?.offset ?? Infinity) < first);
}

/**
 * Where the header of a plan ends: the last character of its header lines (`kind:`, `review:`,
 * ...) and any writing among them, before its first outcome, section or other part.
 */
export function headerEnd(plan: Plan): number {
    const bodyStarts = [...plan.parts, ...plan.sections].map(n => n.$cstNode?.offset ?? Infinity);
    const firstBody = Math.min(Infinity, ...bodyStarts);
    let end = plan.$cstNode?.offset ?? 0;
    for (const node of [...plan.fields, ...plan.items]) {
        const cst = node.$cstNode;
        if (cst && cst.offset < firstBody && cst.end > end) end = cst.end;
    }
    return end;
}

/**
 * The spaces in front of a record's header lines, two when there are none yet. An assessment
 * keeps those of its first header line as written; a plan's header lines are never flush left.
 */
export function headerIndent(document: LangiumDocument, record: Assessment | Plan): string {
    if (isAssessment(record)) {
        const field = headerFields(record)[0];
        return field ? indentOf(document, field) : '  ';
    }
    const first = record.fields[0] ?? record.parts[0];
    const indent = first ? indentOf(document, first) : '';
    return indent === '' ? '  ' : indent;
}

/** The assessment a plan comes from, when its `from:` line names one that exists. */
export function assessmentOf(plan: Plan): Assessment | undefined {
    for (const field of plan.fields) if (isFromField(field) && field.assessment?.ref) return field.assessment.ref;
    return undefined;
}

/** Every assessment and plan in a file. */
export function recordsIn(model: Model): Array<Assessment | Plan> {
    return model.parts.filter((p): p is Assessment | Plan => isAssessment(p) || isPlan(p));
}

/** A person's age in whole months on a day; undefined without a real date of birth, or before birth. */
export function ageInMonths(person: Person, on: CalendarDate): number | undefined {
    if (person.birthLabel !== 'born' || !person.birth) return undefined;
    const born = parseDate(person.birth);
    if (!born) return undefined;
    const a = age(born, on);
    return a ? a.years * 12 + a.months : undefined;
}

/** A baby under two, or a child not yet born: their voice is recorded as observation. */
export function isBabyOrUnborn(person: Person, on: CalendarDate): boolean {
    if (person.role === 'unborn child' || person.birthLabel === 'due') return true;
    const months = ageInMonths(person, on);
    return months !== undefined && months < 24;
}
