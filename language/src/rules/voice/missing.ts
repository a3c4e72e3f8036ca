import { AstUtils } from 'langium';
import type { Rule } from '../rule.js';
import { childrenOf, isBabyOrUnborn } from '../record.js';
import { possessive } from '../text.js';
import { assessmentAt, assessmentsIn, firstLine, voicesOf } from '../assessment/shared.js';
import { insertVoice, voiceSkeleton } from './shared.js';

/** Every child of the family has a voice section. */
export const voiceMissing: Rule = {
    id: 'voice/missing',
    severity: 'error',
    description: 'Every child in the people section has a "voice of" section.',
    check(context) {
        assessmentsIn(context.model).forEach((assessment, index) => {
            for (const child of childrenOf(assessment)) {
                if (voicesOf(assessment, child).length > 0) continue;
                const kind = child.role === 'unborn child' || child.birthLabel === 'due' ? 'unborn'
                    : isBabyOrUnborn(child, context.today) ? 'baby' : 'child';
                const message = kind === 'child'
                    ? `${child.name} has no "voice of ${child.name}" section. Record how and when ${child.name} was seen, whether alone, and ${possessive(child.name)} wishes and feelings in ${possessive(child.name)} own words (Assessments and support procedure: every assessment must be informed by the views of the child).`
                    : `${child.name} has no "voice of ${child.name}" section. For a baby or a child not yet born, record what you observed of ${child.name} and the care ${child.name} needs (Principles of good assessment: the significance of seeing and observing the child cannot be overstated).`;
                const target = AstUtils.findRootNode(child) === context.model
                    ? { node: child, property: 'name' }
                    : { range: firstLine(context.document, assessment) };
                context.report(target, message, { assessment: index, child: child.name, kind });
            }
        });
    },
    fix({ document, data }) {
        const assessment = assessmentAt(document, data);
        const name = typeof data.child === 'string' ? data.child : undefined;
        if (!assessment || !name) return [];
        const kind = data.kind === 'unborn' || data.kind === 'baby' ? data.kind : 'child';
        return [{
            title: `Add a voice section for ${name}`,
            edits: [insertVoice(document, assessment, voiceSkeleton(name, kind))]
        }];
    }
};
