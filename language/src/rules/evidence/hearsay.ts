import { GrammarUtils } from 'langium';
import { isFact, isParagraph } from '../../generated/ast.js';
import { insertLineUnder } from '../edits.js';
import type { Fix, Rule } from '../rule.js';
import { cueWords, labelParagraph, placedCues, rangeOf, runAt } from './shared.js';

const SOURCE = 'source: <who told you, and when>';
const WHY = 'Assessments and support procedure: verify what you are told through information from other agencies, and stay professionally curious';

/** Second-hand information that does not say who it came from. */
export const evidenceHearsay: Rule = {
    id: 'evidence/hearsay',
    severity: 'warning',
    description: 'Second-hand information says who it came from.',
    prose: true,
    check(context) {
        for (const placed of placedCues(context.document)) {
            if (placed.rule !== 'evidence/hearsay') continue;
            context.report({ range: rangeOf(context.document, placed.from, placed.to) },
                `"${cueWords(placed.cue)}" is second-hand, and does not say who said or saw it. Name who told you, and when, or leave it out until it has been checked (${WHY}).`,
                { run: placed.run.kind });
        }
    },
    fix({ document, diagnostic }) {
        const run = runAt(document, document.textDocument.offsetAt(diagnostic.range.start));
        if (!run) return [];
        const fixes: Fix[] = [];
        if (isFact(run.node)) {
            if (!GrammarUtils.findNodeForKeyword(run.node.$cstNode, 'source:')) {
                fixes.push({ title: 'Add a "source:" line: who told you, and when', edits: [insertLineUnder(document, run.node, SOURCE)], preferred: true });
            }
        } else if (isParagraph(run.node)) {
            fixes.push({ title: 'Make this paragraph a fact, with a "source:" line: who told you, and when', edits: labelParagraph(document, run.node, 'fact:', [SOURCE]) });
        }
        return fixes;
    }
};
