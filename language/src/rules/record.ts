import { AstUtils, type AstNode } from 'langium';
import {
    isAssessment, isFromField, isPeople, isPerson, isPlan, isSection,
    type Assessment, type Model, type Party, type Person, type Plan, type Section
} from '../generated/ast.js';
import { age, parseDate, type CalendarDate } from '../dates.js';
import { PARENT_ROLES } from '../parser/vocabulary.js';

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

/** Everyone declared in the file of a node, and in the assessment its plan comes from. */
export function partiesFor(node: AstNode): Party[] {
    const model = AstUtils.findRootNode(node);
    const parties: Party[] = [];
    const seen = new Set<AstNode>();
    const collect = (root: AstNode) => {
        if (seen.has(root)) return;
        seen.add(root);
        for (const n of AstUtils.streamAst(root)) if (isPeople(n)) parties.push(...n.members);
    };
    collect(model);
    for (const n of AstUtils.streamAst(model)) {
        const assessment = isFromField(n) ? n.assessment?.ref : undefined;
        if (assessment) collect(AstUtils.findRootNode(assessment));
    }
    return parties;
}

export function isChild(party: Party): party is Person {
    return isPerson(party) && (party.role === 'child' || party.role === 'unborn child');
}

export function isParentOrCarer(party: Party): party is Person {
    return isPerson(party) && PARENT_ROLES.includes(party.role);
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
