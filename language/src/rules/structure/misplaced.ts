import {
    isAssessment, isField, isModel, isOrphan, isPlan, isPlanPart, isVoice, isVoiceEntry, isWorries, isWorry, type Orphan
} from '../../generated/ast.js';
import { headRange } from '../edits.js';
import type { Rule } from '../rule.js';

const BELONGS: Record<Orphan['label'], string> = {
    'who:': 'belongs under an "action:", a "contingency:" or a "safety goal:", to say who will do it',
    'by:': 'belongs under an "action:", a "contingency:" or a "safety goal:", to say by when',
    'source:': 'belongs under a "fact:", to say who saw, said or recorded it, and when',
    'based on:': 'belongs under an "opinion:", to say what the opinion is based on',
    'measure:': 'belongs under an "outcome", to say how everyone will know it has been reached',
    'action:': 'belongs under an "outcome", so that everyone can see what it is for',
    'addresses:': 'belongs under an "outcome", to name the worries it addresses'
};

/** Lines that are in the wrong place: a `who:` with no action above it, an outcome outside a plan. */
export const structureMisplaced: Rule = {
    id: 'structure/misplaced',
    severity: 'warning',
    description: 'Each line sits under the part of the record it belongs to.',
    basic: true,
    check(context) {
        for (const orphan of context.nodes(isOrphan)) {
            context.report({ node: orphan, property: 'label' }, `"${orphan.label}" is not under anything here. It ${BELONGS[orphan.label]}.`);
        }
        for (const part of context.nodes(isPlanPart)) {
            if (isPlan(part.$container) || isWorries(part.$container)) continue;
            context.report({ range: headRange(context.document, part) }, isWorry(part)
                ? 'This worry has no heading above it. Put it under a "worries" heading in the assessment, or inside a plan.' :
                `This is part of a plan, but there is no "plan" line above it. Put a line such as: plan "Child in need plan for Amira" above the outcomes.`);
        }
        for (const field of context.nodes(isField)) {
            if (!isModel(field.$container)) continue;
            context.report({ range: headRange(context.document, field) },
                'This line belongs to an assessment or a plan, but there is no "assessment" or "plan" line above it.');
        }
        for (const entry of context.nodes(isVoiceEntry)) {
            if (isVoice(entry.$container) || isAssessment(entry.$container)) continue;
            context.report({ range: headRange(context.document, entry) },
                'This line is about how a child was seen and heard. Put it under a "voice of" heading with the child\'s name.');
        }
    }
};
