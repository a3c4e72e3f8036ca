import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { kindInfo } from '../../evidence/vocabulary.js';
import { isFact, isParagraph } from '../../generated/ast.js';
import { insertLineUnder } from '../edits.js';
import type { Fix, Rule } from '../rule.js';
import { cueWords, describeKinds, labelParagraph, leadWorkerOf, placedCues, rangeOf, runAt } from './shared.js';

const WHY = 'Assessments and support procedure: a good assessment separates out facts from opinions';

/**
 * Judgements, guesses, claims about what someone else thinks or feels, absolutes and the
 * writer's unsupported view, written in a fact or in plain writing as if they were facts.
 */
export const evidenceOpinionAsFact: Rule = {
    id: 'evidence/opinion-as-fact',
    severity: 'warning',
    description: 'Facts and plain writing hold no opinion written as if it were a fact.',
    prose: true,
    check(context) {
        for (const placed of placedCues(context.document)) {
            if (placed.rule !== 'evidence/opinion-as-fact') continue;
            const { cue, run } = placed;
            const what = `"${cueWords(cue)}" is ${describeKinds(cue)}`;
            const said = cue.kinds[0] === 'first-person' ? `${what}.` : run.kind === 'fact' ? `In this fact, ${what}.` : `${what}, written as a fact.`;
            context.report({ range: rangeOf(context.document, placed.from, placed.to) },
                `${said} ${kindInfo(cue.kinds[0]).why} (${WHY}.)`,
                { kinds: cue.kinds, run: run.kind });
        }
    },
    fix({ document, diagnostic }) {
        const run = runAt(document, document.textDocument.offsetAt(diagnostic.range.start));
        if (!run) return [];
        const lead = leadWorkerOf(run.node);
        const owner = lead ?? '<whose opinion>';
        const label = `opinion of ${owner}:`;
        const fixes: Fix[] = [];
        if (isFact(run.node)) {
            const factKeyword = GrammarUtils.findNodeForKeyword(run.node.$cstNode, 'fact:');
            if (!factKeyword) return [];
            const sourceKeyword = GrammarUtils.findNodeForKeyword(run.node.$cstNode, 'source:');
            const edits: TextEdit[] = [{ range: factKeyword.range, newText: label }];
            // The source of a fact becomes what the opinion is based on; without one, an empty line to fill in.
            edits.push(sourceKeyword ? { range: sourceKeyword.range, newText: 'based on:' } : insertLineUnder(document, run.node, 'based on: '));
            fixes.push({ title: lead ? `Make this ${lead}'s opinion, with what it is based on` : 'Make this an opinion, with whose it is and what it is based on', edits });
        } else if (isParagraph(run.node)) {
            fixes.push({
                title: lead ? `Make this paragraph ${lead}'s opinion, with what it is based on` : 'Make this paragraph an opinion, with whose it is and what it is based on',
                edits: labelParagraph(document, run.node, label, ['based on: '])
            });
        }
        return fixes;
    }
};
