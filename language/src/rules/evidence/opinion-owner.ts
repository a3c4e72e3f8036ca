import { GrammarUtils } from 'langium';
import { isOpinion } from '../../generated/ast.js';
import { nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';
import { leadWorkerOf } from './shared.js';

/** Every opinion says whose it is: `opinion of Jo:`, not `opinion:`. */
export const evidenceOpinionOwner: Rule = {
    id: 'evidence/opinion-owner',
    severity: 'warning',
    description: 'Every opinion says whose it is.',
    check(context) {
        for (const opinion of context.nodes(isOpinion)) {
            if (opinion.owner) continue;
            context.report({ node: opinion, keyword: 'opinion:' },
                'This opinion does not say whose it is. Write "opinion of" and a short name from the people section, for example "opinion of Jo:" for your own view or "opinion of School:" for the school\'s (Assessments and support procedure: a good assessment separates out facts from opinions).');
        }
    },
    fix({ document, diagnostic }) {
        const opinion = nodeStartingOn(document, diagnostic.range.start.line, isOpinion);
        const keyword = opinion && !opinion.owner ? GrammarUtils.findNodeForKeyword(opinion.$cstNode, 'opinion:') : undefined;
        const lead = opinion ? leadWorkerOf(opinion) : undefined;
        if (!keyword || !lead) return [];
        return [{ title: `Make this ${lead}'s opinion ("opinion of ${lead}:")`, edits: [{ range: keyword.range, newText: `opinion of ${lead}:` }] }];
    }
};
