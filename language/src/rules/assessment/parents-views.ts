import { AstUtils } from 'langium';
import { isViews, type Person } from '../../generated/ast.js';
import words from '../../data/assessment-parents.json' with { type: 'json' };
import type { Rule } from '../rule.js';
import { isParentOrCarer, peopleOf, sectionsOf } from '../record.js';
import { mentions, possessive } from '../text.js';
import { assessmentAt, assessmentsIn, firstLine, insertSection, refersTo } from './shared.js';

function livesApart(person: Person): boolean {
    return words.livesApart.some(phrase => mentions(person.details ?? '', phrase));
}

/** Each parent and carer, fathers and parents who live apart included, has their views recorded. */
export const assessmentParentsViews: Rule = {
    id: 'assessment/parents-views',
    severity: 'error',
    description: 'Every parent and carer in the people section, fathers and parents who live apart included, has a "views of" section.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            const views = sectionsOf(assessment).filter(isViews);
            for (const parent of peopleOf(assessment, isParentOrCarer)) {
                if (views.some(v => refersTo(v.person, parent))) continue;
                const name = parent.name;
                const father = words.fatherRoles.includes(parent.role);
                const apart = livesApart(parent);
                const stress = father && apart
                    ? ` ${name} is a father who lives apart: fathers and absent parents must be involved equally (Assessments and support procedure; Practice note on assessments: engaging fathers is a crucial part of any assessment).`
                    : father
                        ? ` Engaging fathers and father figures is a crucial part of any assessment (Practice note on assessments).`
                        : apart
                            ? ` A parent who lives apart is still involved equally in the assessment (Assessments and support procedure: this includes absent parents).`
                            : ' All parents and carers should be involved equally (Assessments and support procedure).';
                const target = AstUtils.findRootNode(parent) === context.model
                    ? { node: parent, property: 'name' }
                    : { range: firstLine(context.document, assessment) };
                context.report(target,
                    `${possessive(name)} views are not recorded. Add a "views of ${name}" section with what ${name} said, in ${possessive(name)} own words where you can.${stress}`,
                    { assessment: index, person: name });
            }
        });
    },
    fix({ document, data }) {
        const assessment = assessmentAt(document, data);
        const name = typeof data.person === 'string' ? data.person : undefined;
        if (!assessment || !name) return [];
        return [{
            title: `Add a "views of ${name}" section`,
            edits: [insertSection(document, assessment, 'views', [
                `views of ${name}`,
                `  > <what ${name} said, in ${possessive(name)} own words>`,
                `  <what ${name} thinks is working well, what worries ${name}, and what ${name} would like to happen>`
            ])]
        }];
    }
};
