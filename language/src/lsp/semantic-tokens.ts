import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenTypes } from 'vscode-languageserver-protocol';
import { sentencesOf } from '../prose/sentences.js';
import { quotedSpans } from '../evidence/quotes.js';
import { isModel, isOpinion, isFact } from '../generated/ast.js';
import { placedFindings, proseRuns } from '../rules/language/shared.js';
import { placedCues } from '../rules/evidence/shared.js';
import type { RuleContext } from '../rules/rule.js';
import type { LensSettings } from '../settings.js';
import type { SettingsStore } from '../settings-store.js';

/**
 * How each part of a record is coloured, by standard token types that every theme colours:
 *
 * | what | token type |
 * | --- | --- |
 * | a person's own words: `>` lines, and words in double quotes in the writing | `string` |
 * | the labels of facts and opinions: `fact:`, `source:`, `opinion of`, `opinion:`, `based on:` | `keyword` |
 * | whose opinion it is: `Jo` in `opinion of Jo:` | `variable` |
 * | the words of an opinion, and a sentence of a fact or plain writing that reads as one | `type` |
 * | the words that make it read as an opinion, or as hearsay with no source | `decorator` |
 * | jargon, blaming words and acronyms not yet explained | `enumMember` |
 *
 * The words of a fact stay in the editor's plain colour. Where two apply, the one higher in the
 * table wins, except that jargon shows over the opinion colour.
 */
export const TOKEN_TYPES = {
    ownWords: SemanticTokenTypes.string,
    label: SemanticTokenTypes.keyword,
    owner: SemanticTokenTypes.variable,
    opinion: SemanticTokenTypes.type,
    opinionWords: SemanticTokenTypes.decorator,
    jargon: SemanticTokenTypes.enumMember
} as const;

interface Span {
    from: number;
    to: number;
    type: string;
    /** where spans overlap, the highest wins */
    rank: number;
}

const RANK = { opinion: 1, opinionWords: 2, jargon: 3, ownWords: 4, label: 5, owner: 5 } as const;

export class RecordSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly settings: SettingsStore;

    constructor(services: LangiumServices & { lens: { Settings: SettingsStore } }) {
        super(services);
        this.settings = services.lens.Settings;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | undefined {
        if (!isModel(node)) return 'prune';
        const document = this.currentDocument;
        if (!document) return 'prune';
        for (const piece of flatten(recordSpans(document, this.settings.current), document.textDocument.getText())) {
            acceptor({ range: { start: document.textDocument.positionAt(piece.from), end: document.textDocument.positionAt(piece.to) }, type: piece.type });
        }
        return 'prune';
    }
}

function on(settings: LensSettings, id: string): boolean {
    return settings.rules[id] !== 'off';
}

/** Everything in a record that is coloured, possibly overlapping. */
export function recordSpans(document: LangiumDocument, settings: LensSettings): Span[] {
    const spans: Span[] = [];
    const add = (from: number, to: number, kind: keyof typeof RANK) => {
        if (to > from) spans.push({ from, to, type: TOKEN_TYPES[kind], rank: RANK[kind] });
    };
    const addCst = (cst: CstNode | undefined, kind: keyof typeof RANK) => cst && add(cst.offset, cst.end, kind);
    const root = document.parseResult.value.$cstNode;
    if (!root) return spans;
    for (const cst of CstUtils.streamCst(root)) {
        if (isLeafCstNode(cst) && cst.tokenType.name === 'QUOTE') add(cst.offset, cst.end, 'ownWords');
        const node = cst.astNode;
        if (cst !== node.$cstNode) continue;
        if (isFact(node)) {
            addCst(GrammarUtils.findNodeForKeyword(cst, 'fact:'), 'label');
            addCst(GrammarUtils.findNodeForKeyword(cst, 'source:'), 'label');
        } else if (isOpinion(node)) {
            addCst(GrammarUtils.findNodeForKeyword(cst, 'opinion:') ?? GrammarUtils.findNodeForKeyword(cst, 'opinion of'), 'label');
            if (node.owner) {
                addCst(node.owner.$cstNode, 'owner');
                addCst(GrammarUtils.findNodeForKeyword(cst, ':'), 'label');
            }
            addCst(GrammarUtils.findNodeForKeyword(cst, 'based on:'), 'label');
            addCst(GrammarUtils.findNodeForProperty(cst, 'text'), 'opinion');
        }
    }
    for (const run of proseRuns(document)) {
        for (const [a, b] of quotedSpans(run.text)) add(run.offset + a, run.offset + b, 'ownWords');
    }
    const cues = placedCues(document).filter(c => on(settings, c.rule));
    for (const placed of cues) {
        add(placed.from, placed.to, 'opinionWords');
        if (placed.rule !== 'evidence/opinion-as-fact') continue;
        const sentence = sentencesOf(placed.run.leaf.text).find(s => placed.run.leaf.offset + s.start <= placed.from && placed.from < placed.run.leaf.offset + s.end);
        if (sentence) add(placed.run.leaf.offset + sentence.start, placed.run.leaf.offset + sentence.end, 'opinion');
    }
    // The language rules' own finder reads only the document and the team's glossary.
    const context = { document, settings } as unknown as RuleContext;
    const language = { jargon: 'language/jargon', blaming: 'language/blaming', acronym: 'language/acronym' } as const;
    for (const f of placedFindings(context)) {
        if (on(settings, language[f.kind])) add(f.from, f.to, 'jargon');
    }
    return spans;
}

/**
 * Turns overlapping spans into pieces that do not overlap, each on one line and without the
 * spaces at its ends, taking the highest-ranked span wherever two overlap.
 */
export function flatten(spans: readonly Span[], text: string): Array<{ from: number; to: number; type: string }> {
    const cuts = [...new Set(spans.flatMap(s => [s.from, s.to]))].sort((a, b) => a - b);
    const pieces: Array<{ from: number; to: number; type: string }> = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
        const from = cuts[i];
        const to = cuts[i + 1];
        let best: Span | undefined;
        for (const s of spans) if (s.from <= from && to <= s.to && (!best || s.rank > best.rank)) best = s;
        if (!best) continue;
        const last = pieces[pieces.length - 1];
        if (last && last.to === from && last.type === best.type) last.to = to;
        else pieces.push({ from, to, type: best.type });
    }
    const lines: Array<{ from: number; to: number; type: string }> = [];
    for (const p of pieces) {
        const line = /[^\r\n]+/g;
        const slice = text.slice(p.from, p.to);
        let m: RegExpExecArray | null;
        while ((m = line.exec(slice)) !== null) {
            const lead = m[0].length - m[0].trimStart().length;
            const body = m[0].trim();
            if (body) lines.push({ from: p.from + m.index + lead, to: p.from + m.index + lead + body.length, type: p.type });
        }
    }
    return lines;
}
