import { isFromField, isOutcome, isPlan, isSafetyGoal, type Worry } from '../../generated/ast.js';
import { assessmentOf, worriesOf } from '../record.js';
import type { Rule } from '../rule.js';
import { brief } from '../text.js';

const KIND_WORDS: Record<Worry['kind'], string> = {
    'worry': 'worry',
    'danger statement': 'danger statement',
    'complicating factor': 'complicating factor'
};

/** Every worry in the assessment a plan comes from is addressed by one of the plan's outcomes. */
export const planWorriesAddressed: Rule = {
    id: 'plan/worries-addressed',
    severity: 'warning',
    description: 'Every worry in the assessment a plan comes from is addressed by an outcome of the plan.',
    check(context) {
        for (const plan of context.nodes(isPlan)) {
            const assessment = assessmentOf(plan);
            const from = plan.fields.find(isFromField);
            if (!assessment || !from) continue;
            const addressed = new Set<Worry>();
            const addressedNames = new Set<string>();
            for (const outcome of plan.parts.filter(isOutcome)) {
                for (const line of outcome.addresses) {
                    for (const ref of line.worries) {
                        if (ref.worry.ref) addressed.add(ref.worry.ref);
                        addressedNames.add(ref.worry.$refText.toLowerCase());
                    }
                }
            }
            const goals = new Set<Worry>();
            const goalNames = new Set<string>();
            for (const goal of plan.parts.filter(isSafetyGoal)) {
                if (goal.danger?.ref) goals.add(goal.danger.ref);
                if (goal.danger) goalNames.add(goal.danger.$refText.toLowerCase());
            }
            for (const worry of worriesOf(assessment)) {
                if (!worry.name) continue;
                const name = worry.name.toLowerCase();
                if (addressed.has(worry) || addressedNames.has(name)) continue;
                const danger = worry.kind === 'danger statement';
                if (danger && (goals.has(worry) || goalNames.has(name))) continue;
                context.report({ node: from },
                    `The ${KIND_WORDS[worry.kind]} "${worry.name}" in the assessment ("${brief(worry.text, { characters: 60 })}") is not addressed by this plan. `
                    + `Add "${worry.name}" to the "addresses:" line of the outcome that deals with it`
                    + (danger ? `, or write a "safety goal for ${worry.name}:"` : '')
                    + ', or add an outcome for it (Principles of good assessment, Focus on CYPP priority outcomes for children: a plan is based on the '
                    + 'assessment of the child\'s needs, and clearly identifies the danger to the child it will prevent).',
                    { worry: worry.name });
            }
        }
    }
};
