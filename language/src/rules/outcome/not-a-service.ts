import { isOutcome, isPlan, type Plan } from '../../generated/ast.js';
import words from '../../data/outcome-service-words.json' with { type: 'json' };
import type { Rule } from '../rule.js';
import { adultNames, childNamesOf } from '../record.js';
import { alternatives, brief, joinNames, phrasePattern } from '../text.js';

/** An outcome is a change in the child's life, not a service or a task for an adult. */
export const outcomeNotAService: Rule = {
    id: 'outcome/not-a-service',
    severity: 'warning',
    description: 'An outcome is a change in the child\'s life, not a service or a task for an adult.',
    check(context) {
        for (const outcome of context.nodes(isOutcome)) {
            const plan = outcome.$container;
            if (!isPlan(plan) || !outcome.text) continue;
            if (!isService(outcome.text, plan)) continue;
            const children = childNamesOf(plan);
            const them = children.length > 1 ? 'their lives' : children.length === 1 ? `${children[0]}'s life` : "the child's life";
            context.report({ node: outcome, property: 'text' },
                `"${brief(outcome.text, { characters: 70 })}" is a service or a task for an adult, not a change for ${joinNames(children)}. `
                + `Write what will be different in ${them}, such as what they will experience at home or at school, `
                + 'and put the service, course or referral as an action under the outcome (Good practice guide, '
                + 'What is a Good Plan?: a good plan sets out the changes to be achieved).');
        }
    }
};

const ADULT_WORDS = words.adults;
const JOINERS = alternatives(words.joiners);
const TASKS = alternatives(words.taskVerbs);
const BOUNDARY = '(?![\\p{L}\\p{N}])';

/** Is the outcome's text a service ("Referral to CAMHS") or an adult's task ("Mum to attend a parenting course")? */
function isService(text: string, plan: Plan): boolean {
    const lower = text.trim();
    if (words.servicePhrases.some(p => phrasePattern(p).test(lower))) return true;
    if (startsWithChild(lower, plan)) return false;
    if (words.serviceStarts.some(p => new RegExp(`^${phrasePattern(p).source}`, 'iu').test(lower))) return true;
    const adults = alternatives([...ADULT_WORDS, ...adultNames(plan)]);
    const subject = `(?:${adults})${BOUNDARY}(?:\\s*(?:,|&|\\band\\b)\\s*(?:${adults})${BOUNDARY})*`;
    const task = new RegExp(`^(?:the\\s+)?${subject}\\s+(?:(?:${JOINERS})\\s+)?(?:${TASKS})${BOUNDARY}`, 'iu');
    return task.test(lower);
}

/** An outcome that starts with a child's name is about the child. */
function startsWithChild(text: string, plan: Plan): boolean {
    return childNamesOf(plan).some(name => new RegExp(`^${phrasePattern(name).source}`, 'iu').test(text));
}
