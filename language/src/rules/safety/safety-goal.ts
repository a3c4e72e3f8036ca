import { isFromField, isPlan, isSafetyGoal, isWorry, type Plan, type SafetyGoal, type Worry } from '../../generated/ast.js';
import words from '../../data/safety-goal-words.json' with { type: 'json' };
import { headRange, insertLinesAfter, insertLinesAfterOffset, nodeStartingOn } from '../edits.js';
import { assessmentOf, childNamesOf, headerEnd, headerIndent, worriesOf } from '../record.js';
import type { Rule, RuleContext } from '../rule.js';
import { hasAny, joinNames, phrasePattern } from '../text.js';
import { NUMBER } from '../plan/cadence.js';
import { dangerStatementsIn, isSafetyPlan, lastOf } from '../plan/shared.js';

const WHY = 'Assessments and support procedure: the danger statements and goal statements give the safety plan its direction';
const DURATION = new RegExp(`\\b(?:for|over|after)\\s+(?:at\\s+least\\s+|a\\s+further\\s+|the\\s+next\\s+)?${NUMBER}\\s+(?:days?|weeks?|months?|years?|school\\s+terms?|terms?)\\b`, 'i');

/** One safety goal for each danger statement, saying what people will see, what the child will experience, and for how long. */
export const safetySafetyGoal: Rule = {
    id: 'safety/safety-goal',
    severity: 'warning',
    description: 'Each danger statement has one safety goal: what people will see the adults doing, what the child will experience, and for how long.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            if (!isSafetyPlan(plan)) continue;
            const goals = plan.parts.filter(isSafetyGoal);
            const children = joinNames(childNamesOf(plan));
            for (const danger of dangersFor(plan)) {
                const inPlan = danger.$container === plan;
                if (!danger.name) {
                    if (inPlan) {
                        context.report({ node: danger, property: 'kind' }, 'This danger statement has no short name, so no safety goal can point to it. '
                            + 'Give it one after the words "danger statement", for example "danger statement fighting:".');
                    }
                    continue;
                }
                const mine = goals.filter(g => goalIsFor(g, danger));
                if (mine.length === 0) {
                    const from = plan.fields.find(isFromField);
                    const target = inPlan ? { node: danger, property: 'kind' } : from ? { node: from } : { range: headRange(context.document, plan) };
                    context.report(target,
                        `The danger statement "${danger.name}"${inPlan ? '' : ' in the assessment'} has no safety goal. Add "safety goal for ${danger.name}:" `
                        + `saying what people will see the adults doing, what ${children} will experience, and for how long (${WHY}).`,
                        { danger: danger.name });
                }
                for (const extra of mine.slice(1)) {
                    context.report({ range: headRange(context.document, extra) },
                        `There is already a safety goal for "${danger.name}". Put what this one says into that goal, so that each danger `
                        + 'statement has one safety goal everyone can hold on to.');
                }
            }
            for (const goal of goals) checkGoal(context, plan, goal, children);
        }
    },
    fix({ document, diagnostic, data }) {
        if (typeof data.danger !== 'string') return [];
        const name = data.danger;
        const plan = planAround(document.parseResult.value.parts.filter(isPlan), diagnostic.range.start.line);
        if (!plan || plan.parts.some(p => isSafetyGoal(p) && p.danger?.$refText.toLowerCase() === name.toLowerCase())) return [];
        const children = childNamesOf(plan);
        const who = joinNames(children);
        const lines = [
            '',
            `safety goal for ${name}: Everyone will see that <what the adults will be doing>. ${who} will <what ${children.length > 1 ? 'they' : 'the child'} will experience>.`,
            '  who: ',
            '  by: <from when, and for how long>'
        ];
        const indent = headerIndent(document, plan);
        const danger = nodeStartingOn(document, diagnostic.range.start.line, isWorry);
        const after = lastOf(plan.parts.filter(isSafetyGoal)) ?? (danger && danger.$container === plan ? danger : undefined);
        return [{
            title: `Add a safety goal for "${name}" to fill in`,
            edits: [after ? insertLinesAfter(document, after, lines, indent) : insertLinesAfterOffset(document, headerEnd(plan), lines, indent)],
            fixAll: true
        }];
    }
};

/** The danger statements a plan must answer: its own, and for a safety plan those of its assessment. */
function dangersFor(plan: Plan): Worry[] {
    const assessment = assessmentOf(plan);
    const fromAssessment = assessment ? worriesOf(assessment).filter(w => w.kind === 'danger statement') : [];
    return [...dangerStatementsIn(plan), ...fromAssessment];
}

function goalIsFor(goal: SafetyGoal, danger: Worry): boolean {
    if (!goal.danger) return false;
    return goal.danger.ref === danger || goal.danger.$refText.toLowerCase() === danger.name?.toLowerCase();
}

function planAround(plans: Plan[], line: number): Plan | undefined {
    return plans.find(p => p.$cstNode && p.$cstNode.range.start.line <= line && p.$cstNode.range.end.line >= line);
}

function checkGoal(context: RuleContext, plan: Plan, goal: SafetyGoal, children: string): void {
    const at = { range: headRange(context.document, goal) };
    const label = goal.danger ? `The safety goal for "${goal.danger.$refText}"` : 'This safety goal';
    if (!goal.danger) {
        context.report(at, 'Say which danger statement this safety goal is for: write "safety goal for" and the danger statement\'s short name, '
            + 'for example "safety goal for fighting:".');
    }
    const text = goal.text ?? '';
    if (text.trim() === '') {
        context.report(at, `${label} is empty. Say what people will see the adults doing, what ${children} will experience, and for how long.`);
        return;
    }
    if (!hasAny(text, words.observable)) {
        context.report(at, hasAny(text, words.negative)
            ? `${label} says only what the adults will not do, or will stop doing. Say what people will see them doing instead, for example `
                + '"Everyone will see that Dean only comes home when he has not been drinking".'
            : `${label} does not say what people will see the adults doing. Write it so that anyone could see it happen, for example `
                + '"Everyone will see that Leanne has not been drinking when she looks after Ruby".');
    }
    const names = childNamesOf(plan);
    if (!names.some(n => phrasePattern(n).test(text)) && !hasAny(text, words.children)) {
        context.report(at, `${label} does not say what ${children} will experience. Say what life will be like for ${children}, `
            + `for example "${names[0] ?? 'the child'} will feel safe at home and will not see or hear shouting".`);
    }
    const lasting = goal.by.some(b => b.date || b.text) || goal.measures.some(m => m.text) || DURATION.test(text) || hasAny(text, words.duration);
    if (!lasting) {
        context.report(at, `${label} does not say for how long. Say how long it must have been true before the plan can end, for example `
            + '"This will have been true for at least 6 months", or add a "by:" line.');
    }
}
