import { GrammarUtils } from 'langium';
import { isOpinion, type Opinion } from '../../generated/ast.js';
import { insertLineUnder, nodeStartingOn } from '../edits.js';
import type { Rule } from '../rule.js';

const BASIS = 'based on: <what you saw, heard or read that this opinion rests on, and when>';
const WHY = 'Good practice guide (What is a Good Assessment?): evidence based, forming hypotheses and testing them against the evidence';

function whose(opinion: Opinion): string {
    const name = opinion.owner?.party.$refText.trim();
    return name ? `This opinion of ${name}` : 'This opinion';
}

/** Every opinion says what it is based on. */
export const evidenceOpinionBasis: Rule = {
    id: 'evidence/opinion-basis',
    severity: 'warning',
    description: 'Every opinion says what it is based on.',
    check(context) {
        for (const opinion of context.nodes(isOpinion)) {
            const line = GrammarUtils.findNodeForKeyword(opinion.$cstNode, 'based on:');
            if (!line) {
                context.report({ node: opinion, keyword: opinion.owner ? 'opinion of' : 'opinion:' },
                    `${whose(opinion)} does not say what it is based on. Add a line "based on:" under it: the visits, records, facts or words it rests on (${WHY}).`,
                    { missing: true });
            } else if ((opinion.basis ?? '').trim() === '') {
                context.report({ node: opinion, keyword: 'based on:' },
                    'The "based on:" line under this opinion is empty. Write the visits, records, facts or words the opinion rests on, and when.');
            }
        }
    },
    fix({ document, diagnostic, data }) {
        if (!data.missing) return [];
        const opinion = nodeStartingOn(document, diagnostic.range.start.line, isOpinion);
        if (!opinion || GrammarUtils.findNodeForKeyword(opinion.$cstNode, 'based on:')) return [];
        return [{ title: 'Add a "based on:" line to this opinion', edits: [insertLineUnder(document, opinion, BASIS)], preferred: true, fixAll: true }];
    }
};
