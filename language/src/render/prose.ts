import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TeamGlossary } from '../prose/glossary.js';
import { placedFindings, type PlacedFinding } from '../rules/language/shared.js';
import type { RuleContext } from '../rules/rule.js';
import type { Inline } from './document.js';

/**
 * The writing of a record as a family reads it: line breaks folded into spaces, and each
 * piece of jargon or unexplained acronym followed by its plain words. The terms are found
 * exactly as the language checks find them (the same glossary, the team's changes included,
 * and never inside someone's own words).
 */
export class ProseReader {
    private readonly terms: PlacedFinding[];

    constructor(private readonly document: LangiumDocument, glossary: TeamGlossary | undefined) {
        // The language checks' finder needs only the document and the team's glossary.
        const context = { document, settings: { glossary } } as unknown as RuleContext;
        this.terms = placedFindings(context).filter(f => plainFor(f) !== undefined);
    }

    /** The words of one property of a node (`text`, `source`, `basis`...), as written. */
    read(node: AstNode, property: string): Inline[] {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (typeof value !== 'string' || value.trim() === '') return [];
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        if (!cst) return [value];
        const whole = this.document.textDocument.getText();
        const parts: Inline[] = [];
        let at = cst.offset;
        for (const term of this.terms) {
            if (term.from < cst.offset || term.to > cst.end) continue;
            if (term.from > at) parts.push(whole.slice(at, term.from));
            parts.push({ term: whole.slice(term.from, term.to), plain: plainFor(term)! });
            at = term.to;
        }
        if (at < cst.end) parts.push(whole.slice(at, cst.end));
        return fold(parts);
    }
}

/** The plain words for a term a family may not know: an acronym's meaning, or jargon's first alternative. */
function plainFor(finding: PlacedFinding): string | undefined {
    const { entry } = finding;
    const plain = finding.kind === 'acronym' ? entry.expansion ?? entry.alternatives[0]
        : finding.kind === 'jargon' ? entry.alternatives[0] : undefined;
    if (!plain || plain.toLowerCase() === finding.text.toLowerCase()) return undefined;
    return finding.kind === 'acronym' ? plain.toLowerCase() : plain;
}

/** Line breaks and runs of spaces become single spaces; the ends are trimmed. */
function fold(parts: Inline[]): Inline[] {
    const folded = parts.map(p => typeof p === 'string' ? p.replace(/\s+/gu, ' ') : { term: p.term.replace(/\s+/gu, ' '), plain: p.plain });
    const first = folded[0];
    if (typeof first === 'string') folded[0] = first.replace(/^ /, '');
    const last = folded.length - 1;
    if (typeof folded[last] === 'string') folded[last] = (folded[last] as string).replace(/ $/, '');
    return folded.filter(p => p !== '');
}
