import { isContingency, isOutcome, isPlan, type Contingency, type Plan } from '../../generated/ast.js';
import words from '../../data/plan-contingency-words.json' with { type: 'json' };
import { headRange, insertLinesAfter, insertLinesAfterOffset } from '../edits.js';
import { adultNames, childNamesOf, headerEnd, headerIndent } from '../record.js';
import type { Rule, RuleContext } from '../rule.js';
import { brief, hasAny, joinNames, phrasePattern } from '../text.js';
import { NUMBER } from './cadence.js';
import { lastOf, planOnLine } from './shared.js';

const WHY = 'Good practice guide, What is a Good Plan?: a good plan sets out what will happen if the plan does not work';

/** A plan says what will happen if it does not work: a trigger, what then happens, who acts and by when. */
export const planContingency: Rule = {
    id: 'plan/contingency',
    severity: 'error',
    description: 'A plan has a concrete contingency: what would show it is not working, what then happens, who acts and by when.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            const contingencies = plan.parts.filter(isContingency);
            const children = joinNames(childNamesOf(plan));
            if (contingencies.length === 0) {
                context.report({ range: headRange(context.document, plan) },
                    `This plan has no contingency. Add a "contingency:" saying what would show the plan is not working for ${children}, `
                    + `what will happen then, who will act and by when (${WHY}).`, { missing: 'contingency' });
                continue;
            }
            for (const contingency of contingencies) checkContingency(context, plan, contingency, children);
        }
    },
    fix({ document, diagnostic, data }) {
        if (data.missing !== 'contingency') return [];
        const plan = planOnLine(document, diagnostic.range.start.line);
        if (!plan || plan.parts.some(isContingency)) return [];
        const lines = [
            '',
            'contingency: If <what would show the plan is not working>, <who> will <do what>.',
            '  who: ',
            '  by: <when>'
        ];
        const indent = headerIndent(document, plan);
        const after = lastOf(plan.parts.filter(isOutcome)) ?? lastOf(plan.parts);
        return [{
            title: 'Add a contingency to fill in',
            edits: [after ? insertLinesAfter(document, after, lines, indent) : insertLinesAfterOffset(document, headerEnd(plan), lines, indent)],
            fixAll: true
        }];
    }
};

const TIMEFRAME = new RegExp(`\\b(?:within|in|after|by|for)\\s+(?:the\\s+next\\s+)?${NUMBER}\\s+(?:working\\s+|school\\s+)?(?:hours?|days?|weeks?|months?)\\b`
    + '|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b', 'i');
const THEN = new RegExp(`[,;.]|\\b(?:${words.thenWords.join('|')})\\b`, 'i');

interface Trigger {
    /** "if", "unless", "should" ... as written */
    word: string;
    /** where the trigger word starts */
    start: number;
    /** the words after "if", up to the comma or "will" that ends them */
    clause: string;
    /** where what then happens starts */
    rest: number;
}

/** Each "if", "unless", "should" ... in the text, with the words that say what would set it off. */
function triggersIn(text: string): Trigger[] {
    const found: Trigger[] = [];
    for (const word of words.triggers) {
        for (const m of text.matchAll(phrasePattern(word))) {
            if (word === 'should' && !/(^|[.;:]\s*)$/.test(text.slice(0, m.index))) continue;
            const from = m.index + m[0].length;
            const end = THEN.exec(text.slice(from));
            const stop = end ? from + end.index : text.length;
            found.push({ word: m[0].toLowerCase(), start: m.index, clause: text.slice(from, stop).trim(), rest: stop });
        }
    }
    return found.sort((a, b) => a.rest - b.rest);
}

/**
 * "If the plan does not work", "if concerns continue", "if needed": words that do not say what
 * people would see. A single word such as "needed" counts only when it is (nearly) all there is.
 */
function isVagueTrigger(clause: string): boolean {
    if (clause === '') return true;
    if (/\d/.test(clause)) return false;
    const length = clause.split(/\s+/).length;
    return words.vagueTriggers.some(p => (p.includes(' ') || length <= 3) && phrasePattern(p).test(clause));
}

function checkContingency(context: RuleContext, plan: Plan, contingency: Contingency, children: string): void {
    const at = { node: contingency, keyword: 'contingency:' };
    const text = contingency.text ?? '';
    if (text.trim() === '') {
        context.report(at, `The contingency is empty. Say what would show the plan is not working for ${children}, what will happen then, `
            + `who will act and by when (${WHY}).`);
        return;
    }
    const triggers = triggersIn(text);
    const concrete = triggers.filter(t => !isVagueTrigger(t.clause));
    if (triggers.length === 0) {
        context.report(at, 'The contingency does not say what would show the plan is not working. Start it with "If ..." and say what '
            + `people would see, such as attendance below 90% or another call to the police (${WHY}).`);
    } else if (concrete.length === 0) {
        const said = triggers.find(t => t.clause) ?? triggers[0];
        context.report(at, `The contingency says only "${said.word}${said.clause ? ` ${brief(said.clause, { characters: 50 })}` : ''}". Say what people would actually see that shows `
            + `the plan is not working for ${children}, such as attendance below 90% or another call to the police.`);
    }
    // What happens is written after the trigger ("If ..., Jo will visit") or before it ("Jo will visit if ...").
    const first = concrete[0] ?? triggers[0];
    const after = first ? text.slice(first.rest) : text;
    const rest = first ? `${text.slice(0, first.start)} ${after}` : text;
    const restWords = rest.replace(/^[\s,;.]+/, '').split(/\s+/).filter(w => /\p{L}/u.test(w));
    if (restWords.length < 2) {
        context.report(at, `The contingency does not say what will happen then. Say what will be done to keep ${children} safe and well, `
            + 'not only that there will be a meeting.');
    } else if (hasAny(rest, words.meetingWords) && !hasAny(rest, words.purposeWords) && !hasAny(rest, words.concreteSteps)) {
        context.report(at, 'The contingency names only a meeting, a review or an escalation. Say what will happen then: what will be decided '
            + `or done, and what it will mean for ${children} (${WHY}).`);
    }
    // Who acts may also be just before a "will" that ends the trigger: "If ... Jo will call".
    const tail = first && !/^\s*[,;.]/.test(after) ? first.clause.split(/\s+/).slice(-4).join(' ') : '';
    const whoText = first ? `${tail} ${rest}` : text;
    const names = adultNames(plan);
    if (contingency.who.length === 0 && !names.some(n => phrasePattern(n).test(whoText))) {
        context.report(at, 'The contingency does not say who will act. Add a "who:" line under it with the short name of the person '
            + 'or agency who will act, or name them in the contingency.');
    }
    const hasWhen = contingency.by.some(b => b.date || b.text) || TIMEFRAME.test(rest) || hasAny(rest, words.timeframes);
    if (!hasWhen) {
        context.report(at, contingency.by.length > 0
            ? 'The "by:" line under the contingency is empty. Say how quickly people will act, such as "within 10 working days of the trigger".'
            : 'The contingency does not say by when people will act. Add a "by:" line under it, such as "by: within 10 working days of the trigger", '
                + 'or say it in the contingency.');
    }
}
