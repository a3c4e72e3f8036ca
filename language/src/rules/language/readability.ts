import type { AstNode } from 'langium';
import { isChildView, isPlan, isSection, isVoice } from '../../generated/ast.js';
import { readabilityOf } from '../../prose/readability.js';
import { headRange } from '../edits.js';
import type { Rule } from '../rule.js';
import { proseRuns } from './shared.js';

/** Fewer sentences than this give no reliable figure, so the section is not judged. */
const MIN_SENTENCES = 3;

/** Each section reads easily enough for the family, and more easily still where a child may read it. */
export const languageReadability: Rule = {
    id: 'language/readability',
    severity: 'info',
    description: 'Each section is easy to read: short sentences and everyday words, easier still where a child may read it.',
    prose: true,
    check(context) {
        const runs = proseRuns(context.document);
        const { minEase, maxAverageWords, childMinEase, childMaxAverageWords } = context.settings.readability;
        const units: AstNode[] = [...context.nodes(isSection), ...context.nodes(isChildView), ...context.nodes(isPlan)];
        for (const unit of units) {
            const cst = unit.$cstNode;
            if (!cst) continue;
            // A plan's own prose: what is not inside one of its sections.
            const inner = isPlan(unit) ? unit.sections.map(s => s.$cstNode).filter(c => c !== undefined) : [];
            const text = runs
                .filter(r => r.offset >= cst.offset && r.offset < cst.end && !inner.some(c => r.offset >= c.offset && r.offset < c.end))
                .map(r => r.text).join('\n\n');
            const figures = readabilityOf(text);
            if (figures.sentences < MIN_SENTENCES) continue;
            const forChild = isVoice(unit) || isChildView(unit);
            const [ease, average] = forChild ? [childMinEase, childMaxAverageWords] : [minEase, maxAverageWords];
            const problems: string[] = [];
            if (figures.readingEase < ease) problems.push(`its reading ease is ${Math.round(figures.readingEase)} (aim for ${ease} or more)`);
            if (figures.averageSentenceWords > average) problems.push(`its sentences have ${Math.round(figures.averageSentenceWords)} words on average (aim for ${average} or fewer)`);
            if (problems.length === 0) continue;
            context.report({ range: headRange(context.document, unit) },
                `This ${forChild ? 'part, which a child may read,' : 'section'} is hard to read: ${problems.join(' and ')}. `
                + 'Shorter sentences and everyday words help the family, and the child when they are older, read it '
                + '(Practice note on assessments: shared in a format and language that enables families to understand what is happening and why).',
                { readingEase: Math.round(figures.readingEase), averageSentenceWords: Math.round(figures.averageSentenceWords) });
        }
    }
};
