import { isPeople, isTopicSection, type Assessment, type TopicSection } from '../../generated/ast.js';
import family from '../../data/assessment-siblings.json' with { type: 'json' };
import { headRange, insertLineUnder, nodeStartingOn, rangeOf } from '../edits.js';
import type { Fix, Rule, RuleContext } from '../rule.js';
import { childrenOf, partiesFor, sectionsOf } from '../record.js';
import { possessive } from '../text.js';
import { assessmentAt, assessmentsIn, firstName, insertSection, names, textOf } from './shared.js';

/** A word as it may be written at the start of a sentence or not: `[bB]rother`, with a hyphen, a space or nothing inside. */
function anyCase(word: string): string {
    return `[${word[0]}${word[0].toUpperCase()}]${word.slice(1).replace(/[- ]/g, '[- ]?')}`;
}

const NOT_NAMES = new Set(family.notNames.map(w => w.toLowerCase()));
const RELATION = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${[...family.relations].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?![\\p{L}\\p{N}-]),?[ \\t]+(?:(?:called|named)[ \\t]+)?(\\p{Lu}[\\p{L}'’-]*)`,
    'gu');

const WHY = '(Assessments and support procedure: other children in the household or family should be equally considered, and the circumstances of each assessed separately; Good practice guide: consider whether brothers and sisters should be spoken with and their needs assessed)';

/** Brothers and sisters named in the writing who are not in the people section. */
function undeclaredSiblings(context: RuleContext, assessment: Assessment): void {
    const known = partiesFor(assessment).flatMap(p => [p.name, firstName(p)]).filter((n): n is string => Boolean(n)).map(n => n.toLowerCase());
    const reported = new Set<string>();
    const parts = [...assessment.fields, ...sectionsOf(assessment).filter(s => !isPeople(s)), ...assessment.items];
    for (const part of parts) {
        const cst = part.$cstNode;
        if (!cst) continue;
        for (const match of textOf(part).matchAll(RELATION)) {
            const name = match[2].replace(/['’]s$/, '');
            const key = name.toLowerCase();
            if (NOT_NAMES.has(key) || known.includes(key) || reported.has(key)) continue;
            reported.add(key);
            const start = cst.offset + match.index! + match[0].length - match[2].length;
            context.report({ range: rangeOf(context.document, start, start + name.length) },
                `${name} is mentioned as a brother or sister but is not in the people section. Add ${name} there, so that ${name} is seen and ${possessive(name)} needs are considered ${WHY}.`,
                { assessment: assessmentsIn(context.model).indexOf(assessment), sibling: name, relation: match[1].toLowerCase() });
        }
    }
}

/** With two or more children, each one is named under developmental needs. */
function eachChildConsidered(context: RuleContext, assessment: Assessment): void {
    const children = childrenOf(assessment);
    if (children.length < 2) return;
    const needs = sectionsOf(assessment).filter((s): s is TopicSection => isTopicSection(s) && s.topic === 'developmental needs');
    if (needs.length === 0) return;
    const text = needs.map(textOf).join('\n');
    for (const child of children) {
        if (names(text, child)) continue;
        context.report({ range: headRange(context.document, needs[0]) },
            `${child.name} is not mentioned under developmental needs. Each child in the family is considered in their own right: say how ${child.name} is growing and developing, and what ${child.name} needs ${WHY}.`,
            { child: child.name });
    }
}

/** Every child in the family is considered, brothers and sisters included. */
export const assessmentSiblings: Rule = {
    id: 'assessment/siblings',
    severity: 'warning',
    description: 'Every child in the family is considered: each child is named under developmental needs, and every brother or sister mentioned is in the people section.',
    check(context) {
        for (const assessment of assessmentsIn(context.model)) {
            eachChildConsidered(context, assessment);
            undeclaredSiblings(context, assessment);
        }
    },
    fix({ document, diagnostic, data }) {
        if (typeof data.child === 'string') {
            const needs = nodeStartingOn(document, diagnostic.range.start.line, isTopicSection);
            if (!needs) return [];
            const name = data.child;
            return [{
                title: `Add a line about ${name} under developmental needs`,
                edits: [insertLineUnder(document, needs, `<how ${name} is growing and developing: health, learning, feelings and behaviour, and what ${name} needs>`)]
            }];
        }
        const name = typeof data.sibling === 'string' ? data.sibling : undefined;
        const assessment = assessmentAt(document, data);
        if (!name || !assessment) return [];
        const people = sectionsOf(assessment).find(isPeople);
        const add = (role: string): Fix => ({
            title: `Add ${name} to the people section as ${role === 'child' ? 'a child' : `a ${role}`}`,
            edits: [people
                ? insertLineUnder(document, people, `${role} ${name} "${name} <family name>", <date of birth, and where ${name} lives>`)
                : insertSection(document, assessment, 'people', ['people', `  ${role} ${name} "${name} <family name>", <date of birth, and where ${name} lives>`])]
        });
        const relation = typeof data.relation === 'string' ? data.relation : '';
        const adult = /sister/.test(relation) ? 'sister' : /brother/.test(relation) ? 'brother' : undefined;
        return adult ? [add('child'), add(adult)] : [add('child')];
    }
};
