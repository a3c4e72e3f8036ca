import type { AstNode } from 'langium';
import { isAction, isBy, isContingency, isSafetyGoal, type By } from '../../generated/ast.js';
import vague from '../../data/action-vague-phrases.json' with { type: 'json' };
import type { Rule, RuleContext } from '../rule.js';
import { propertySpan, rangeOf } from '../edits.js';
import { planOf } from '../plan/shared.js';
import { phrasePattern } from '../text.js';

interface Phrase {
    phrase: string;
    suggestion: string;
    /** only when the word is used as a verb ("to support Mum"), not as a noun ("a support worker") */
    verbOnly?: boolean;
}

const PHRASES: readonly Phrase[] = vague.phrases as Phrase[];
const NOT_VERB_BEFORE = new Set(vague.supportNotVerbBefore.map(w => w.toLowerCase()));
const NOT_VERB_AFTER = new Set(vague.supportNotVerbAfter.map(w => w.toLowerCase()));

/** Vague wording in what a plan says will be done: "engage with", "monitor", "as appropriate", "by: ongoing". */
export const actionVague: Rule = {
    id: 'action/vague',
    severity: 'warning',
    description: 'Actions, contingencies and safety goals say plainly what will be done and when, without vague words.',
    check(context) {
        const written: AstNode[] = [...context.nodes(isAction), ...context.nodes(isContingency), ...context.nodes(isSafetyGoal)];
        for (const node of written) {
            if (!planOf(node)) continue;
            checkWords(context, node);
        }
        for (const by of context.nodes(isBy)) {
            if (planOf(by)) checkWhen(context, by);
        }
    }
};

function partName(node: AstNode): string {
    return isAction(node) ? 'this action' : isContingency(node) ? 'the contingency' : 'this safety goal';
}

/**
 * Each vague phrase in the words of an action, contingency or safety goal. Phrases that
 * overlap ("as and when required") are reported once, with the advice for the longest.
 */
function checkWords(context: RuleContext, node: AstNode): void {
    const span = propertySpan(node, 'text');
    if (!span) return;
    const text = context.document.textDocument.getText().slice(span.offset, span.end);
    const matches: Array<{ start: number; end: number; phrase: Phrase }> = [];
    for (const phrase of PHRASES) {
        for (const m of text.matchAll(phrasePattern(phrase.phrase))) {
            const end = m.index + m[0].length;
            if (phrase.verbOnly && !usedAsVerb(text, m.index, end)) continue;
            matches.push({ start: m.index, end, phrase });
        }
    }
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const found: typeof matches = [];
    for (const m of matches) {
        const last = found[found.length - 1];
        if (last && m.start < last.end) {
            if (m.end > last.end) last.end = m.end;
            if (m.phrase.phrase.length > last.phrase.phrase.length) last.phrase = m.phrase;
            continue;
        }
        found.push({ ...m });
    }
    for (const f of found) {
        const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
        context.report({ range: rangeOf(context.document, span.offset + f.start, span.offset + f.end) },
            `"${words}" is vague: ${f.phrase.suggestion}. Everyone, the family too, should be able to read ${partName(node)} `
            + 'and know what will happen (Good practice guide, What is a Good Plan?: a plan is clearly written so that everyone '
            + 'understands their role).', { phrase: f.phrase.phrase });
    }
}

/** "to support Mum" is a verb; "a support worker", "family support" and "support from" are not. */
function usedAsVerb(text: string, start: number, end: number): boolean {
    const before = /([\p{L}'’-]+)\W*$/u.exec(text.slice(0, start))?.[1]?.toLowerCase();
    const after = /^\W*([\p{L}'’-]+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
    if (before && NOT_VERB_BEFORE.has(before)) return false;
    if (after && NOT_VERB_AFTER.has(after)) return false;
    return true;
}

/** A "by:" that says only "ongoing", "ASAP", "as appropriate" or "tbc". */
function checkWhen(context: RuleContext, by: By): void {
    if (by.date || !by.text) return;
    if (/\d/.test(by.text) || vague.concreteWhen.some(w => phrasePattern(w).test(by.text!))) return;
    const span = propertySpan(by, 'text');
    if (!span) return;
    const text = context.document.textDocument.getText().slice(span.offset, span.end);
    for (const phrase of vague.vagueWhen) {
        const m = phrasePattern(phrase).exec(text);
        if (!m) continue;
        const words = m[0].replace(/\s+/g, ' ');
        context.report({ range: rangeOf(context.document, span.offset + m.index, span.offset + m.index + m[0].length) },
            `"by: ${words}" does not say by when. Give a date (such as 05/06/2026) or a timeframe such as "every Monday" `
            + 'or "within 2 weeks", so that everyone knows when to check it has been done.', { phrase });
        return;
    }
}
