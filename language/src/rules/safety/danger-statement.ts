import { isKindField, isPerson, isPlan, type Plan, type Worry } from '../../generated/ast.js';
import words from '../../data/safety-danger-statement-words.json' with { type: 'json' };
import { headRange, propertySpan, rangeOf } from '../edits.js';
import { adultNames, assessmentOf, childNamesOf, worriesOf } from '../record.js';
import type { Rule, RuleContext } from '../rule.js';
import { hasAny, joinNames, phrasePattern } from '../text.js';
import { dangerStatementsIn, isSafetyPlan } from '../plan/shared.js';

const WHY = 'Assessments and support procedure: families take part in writing the danger statements that give the safety plan '
    + 'its direction, so they must be able to read them';

/**
 * A safety or child protection plan has danger statements, and each says who is worried, about
 * what the adults do, and what could happen to the child, in plain words.
 */
export const safetyDangerStatement: Rule = {
    id: 'safety/danger-statement',
    severity: 'warning',
    description: 'A safety or child protection plan has danger statements that say who is worried, about what, and what could happen to the child.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            if (!isSafetyPlan(plan)) continue;
            const own = dangerStatementsIn(plan);
            const assessment = assessmentOf(plan);
            const inAssessment = assessment ? worriesOf(assessment).filter(w => w.kind === 'danger statement') : [];
            const children = joinNames(childNamesOf(plan));
            if (own.length === 0 && inAssessment.length === 0) {
                const kind = plan.fields.find(isKindField);
                context.report(kind ? { node: kind, property: 'value' } : { range: headRange(context.document, plan) },
                    `This is a ${kind?.value ?? 'safety plan'}, but it has no danger statement. Add a "danger statement" saying, in words `
                    + `the family use, who is worried, about what the adults are doing, and what could happen to ${children} if nothing changes (${WHY}).`);
            }
            for (const danger of own) checkStatement(context, plan, danger, children);
        }
    }
};

function checkStatement(context: RuleContext, plan: Plan, danger: Worry, children: string): void {
    const at = { node: danger, property: 'kind' };
    const label = danger.name ? `The danger statement "${danger.name}"` : 'This danger statement';
    const text = danger.text ?? '';
    if (text.trim() === '') {
        context.report(at, `${label} is empty. Say who is worried, about what the adults are doing, and what could happen to ${children}.`);
        return;
    }
    const people = adultNames(plan);
    const worried = hasAny(text, words.worried)
        && (hasAny(text, words.worriedPeople) || people.some(n => phrasePattern(n).test(text)));
    if (!worried) {
        context.report(at, `${label} does not say who is worried. Start it with the people who are worried, for example `
            + '"Priya, the school and the police are worried that ...".');
    }
    const family = adultNames(plan, p => isPerson(p) && p.role !== 'worker' && p.role !== 'professional');
    if (!hasAny(text, words.adults) && !family.some(n => phrasePattern(n).test(text))) {
        context.report(at, `${label} does not say whose behaviour people are worried about. Name the adult and say what they do, `
            + 'for example "when Dean has been drinking he shouts at Leanne and has pushed her".');
    }
    if (!saysWhatCouldHappen(text)) {
        context.report(at, `${label} does not say what could happen to ${children} if nothing changes. Say it plainly, for example `
            + `"${childNamesOf(plan)[0] ?? 'the child'} could be hurt" or "could go on being frightened at home".`);
    }
    const span = propertySpan(danger, 'text');
    if (!span) return;
    const written = context.document.textDocument.getText().slice(span.offset, span.end);
    for (const { phrase, plain } of words.jargon) {
        const m = phrasePattern(phrase).exec(written);
        if (!m) continue;
        context.report({ range: rangeOf(context.document, span.offset + m.index, span.offset + m.index + m[0].length) },
            `"${m[0].replace(/\s+/g, ' ')}" is how professionals write, and a family may not use these words. In a danger statement, ${plain} (${WHY}).`);
        break;
    }
}

/** "could be hurt", "may go on being frightened": a word for what may happen, then a harm, in the same sentence. */
function saysWhatCouldHappen(text: string): boolean {
    for (const sentence of text.split(/[.!?;]\s/)) {
        for (const may of words.mayHappen) {
            const m = phrasePattern(may).exec(sentence);
            if (m && hasAny(sentence.slice(m.index), words.harm)) return true;
        }
    }
    return false;
}
