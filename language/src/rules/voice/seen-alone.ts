import { isAgreedBy, isNotSeenAlone, isSeen, isVoice } from '../../generated/ast.js';
import { headRange, indentOf, insertLinesAfter, nodeStartingOn } from '../edits.js';
import type { Fix, Rule } from '../rule.js';
import { assessmentsIn } from '../assessment/shared.js';
import { voicesIn } from './shared.js';

const WHY = 'Assessments and support procedure: it is a statutory requirement that a child is seen alone, and if this is not possible the reason is discussed with the team manager and recorded';

/** Each child old enough to talk was seen alone, or the record says why not and who agreed. */
export const voiceSeenAlone: Rule = {
    id: 'voice/seen-alone',
    severity: 'error',
    description: 'Each child was seen alone ("seen alone:" with a date), or the record says why not and who agreed.',
    check(context) {
        for (const assessment of assessmentsIn(context.model)) {
            for (const { voice, child, baby } of voicesIn(assessment, context.today)) {
                if (baby) continue;
                const name = child.name;
                const alone = voice.items.filter(i => isSeen(i) && i.label === 'seen alone:');
                const notAlone = voice.items.filter(isNotSeenAlone);
                const agreed = voice.items.filter(isAgreedBy);
                if (alone.some(i => isSeen(i) && i.date)) continue;
                if (notAlone.some(n => n.reason?.trim()) && agreed.some(a => a.people.length > 0)) continue;
                if (notAlone.length > 0) {
                    const first = notAlone[0];
                    if (!notAlone.some(n => n.reason?.trim())) {
                        context.report({ node: first, keyword: 'not seen alone:' },
                            `Say why ${name} was not seen alone (${WHY}).`, { child: name });
                    } else {
                        context.report({ node: agreed[0] ?? first, keyword: agreed[0] ? 'agreed by:' : 'not seen alone:' },
                            `Say who agreed that ${name} would not be seen alone: add an "agreed by:" line with the team manager's short name (${WHY}).`,
                            { child: name, agreedBy: agreed.length === 0 });
                    }
                    continue;
                }
                if (alone.length > 0) {
                    context.report({ node: alone[0], property: 'label' },
                        `Add the date ${name} was seen alone, for example "seen alone: 10/03/2026 at school" (${WHY}).`, { child: name });
                    continue;
                }
                context.report({ range: headRange(context.document, voice) },
                    `The record does not say whether ${name} was seen alone. Add "seen alone:" with the date and where, or "not seen alone:" with the reason and an "agreed by:" line naming the manager who agreed (${WHY}).`,
                    { child: name, missing: true });
            }
        }
    },
    fix({ document, diagnostic, data }) {
        const fixes: Fix[] = [];
        if (data.missing) {
            const voice = nodeStartingOn(document, diagnostic.range.start.line, isVoice);
            if (!voice) return [];
            const seen = voice.items.filter(isSeen).at(-1);
            const add = (lines: string[]) => seen
                ? insertLinesAfter(document, seen, lines, indentOf(document, seen))
                : insertLinesAfter(document, voice, lines, indentOf(document, voice) + '  ');
            fixes.push({ title: 'Add a "seen alone:" line', edits: [add(['seen alone: <date> <where>'])] });
            fixes.push({ title: 'Add "not seen alone:" with the reason and who agreed', edits: [add(['not seen alone: <why>', 'agreed by: <manager>'])] });
        } else if (data.agreedBy) {
            const voice = nodeStartingOn(document, diagnostic.range.start.line, isNotSeenAlone);
            if (!voice) return [];
            fixes.push({ title: 'Add an "agreed by:" line', edits: [insertLinesAfter(document, voice, ['agreed by: <manager>'], indentOf(document, voice))] });
        }
        return fixes;
    }
};
