import { isQuote, isVoice, isVoiceNote } from '../../generated/ast.js';
import { headRange, insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { possessive } from '../text.js';
import { assessmentsIn } from '../assessment/shared.js';
import { voicesIn } from './shared.js';

/** Each child's voice section holds the child's own words, or for a baby or unborn child what was observed. */
export const voiceOwnWords: Rule = {
    id: 'voice/own-words',
    severity: 'warning',
    description: "Each child's voice section has the child's own words on \">\" lines (for a baby or unborn child, an \"observed:\" line).",
    check(context) {
        for (const assessment of assessmentsIn(context.model)) {
            for (const { voice, child, baby } of voicesIn(assessment, context.today)) {
                const quoted = voice.items.some(i => isQuote(i) && i.text.trim());
                const observed = voice.items.some(i => isVoiceNote(i) && i.label === 'observed:' && i.text?.trim());
                const communication = voice.items.some(i => isVoiceNote(i) && i.label === 'communication:' && i.text?.trim());
                const name = child.name;
                if (baby) {
                    if (observed || quoted) continue;
                    context.report({ range: headRange(context.document, voice) },
                        `There is no "observed:" line for ${name}. For a baby or a child not yet born, write what you saw: how ${name} responds to the adults, and the care ${name} receives or will need (Principles of good assessment: the significance of seeing and observing the child cannot be overstated).`,
                        { baby: true, child: name });
                    continue;
                }
                // A child who does not use words can be heard through how they communicate and what was seen.
                if (quoted || (communication && observed)) continue;
                context.report({ range: headRange(context.document, voice) },
                    `${possessive(name)} own words are not recorded. Write what ${name} said on ">" lines, exactly as ${name} said it (Practice note on assessments: use the child's own words in the assessment). If ${name} does not use words, add a "communication:" line and an "observed:" line instead.`,
                    { baby: false, child: name });
            }
        }
    },
    fix({ document, diagnostic, data }) {
        const voice = nodeStartingOn(document, diagnostic.range.start.line, isVoice);
        if (!voice) return [];
        const name = typeof data.child === 'string' ? data.child : 'the child';
        const line = data.baby
            ? `observed: <what you saw of ${name}: how ${name} responds to the adults, and the care ${name} receives>`
            : `> <${possessive(name)} own words, exactly as said>`;
        return [{ title: data.baby ? `Add an "observed:" line for ${name}` : `Add a line for ${possessive(name)} own words`, edits: [insertLineUnder(document, voice, line)] }];
    }
};
