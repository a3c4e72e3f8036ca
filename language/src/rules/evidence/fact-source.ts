import { GrammarUtils } from 'langium';
import { readSource } from '../../evidence/source.js';
import { isFact } from '../../generated/ast.js';
import { insertLineUnder, nodeStartingOn } from '../edits.js';
import { partiesFor } from '../record.js';
import type { Rule } from '../rule.js';
import { brief } from '../text.js';

const SOURCE = 'source: <who saw, said or recorded it, and when>';
const WHY = 'Assessments and support procedure: a good assessment separates out facts from opinions';

/** Every fact says where it comes from: who saw, said or recorded it, and when. */
export const evidenceFactSource: Rule = {
    id: 'evidence/fact-source',
    severity: 'warning',
    description: 'Every fact says who saw, said or recorded it, and when.',
    check(context) {
        for (const fact of context.nodes(isFact)) {
            const hasLine = !!GrammarUtils.findNodeForKeyword(fact.$cstNode, 'source:');
            const source = (fact.source ?? '').trim();
            if (!hasLine) {
                context.report({ node: fact, keyword: 'fact:' },
                    `This fact does not say where it comes from. Add a line "source:" under it: who saw, said or recorded it, and when (${WHY}).`,
                    { missing: true });
                continue;
            }
            if (source === '') {
                context.report({ node: fact, keyword: 'source:' }, 'The "source:" line under this fact is empty. Write who saw, said or recorded it, and when.');
                continue;
            }
            const reading = readSource(source, partiesFor(fact).map(p => p.name));
            if (reading.placeholder || reading.who || reading.when) continue;
            context.report({ node: fact, property: 'source' },
                `The source "${brief(source, { characters: 40 })}" says neither who saw, said or recorded this fact, nor when. Name the person or agency and the date, for example "School, attendance register, 15/01/2026" (${WHY}).`);
        }
    },
    fix({ document, diagnostic, data }) {
        if (!data.missing) return [];
        const fact = nodeStartingOn(document, diagnostic.range.start.line, isFact);
        if (!fact || GrammarUtils.findNodeForKeyword(fact.$cstNode, 'source:')) return [];
        return [{ title: 'Add a "source:" line to this fact', edits: [insertLineUnder(document, fact, SOURCE)], preferred: true, fixAll: true }];
    }
};
