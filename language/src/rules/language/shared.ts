import { CstUtils, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { BUILT_IN_GLOSSARY, glossaryFor, type GlossaryEntry, type TeamGlossary } from '../../prose/glossary.js';
import { languageFindings, type LanguageFinding } from '../../prose/language-findings.js';
import { TermMatcher } from '../../prose/term-matcher.js';
import type { RuleContext } from '../rule.js';

/** A run of prose in a record: the words after a label, or a paragraph (never a child's `>` words). */
export interface ProseRun {
    leaf: CstNode;
    offset: number;
    text: string;
}

const PROSE_TOKENS = new Set(['PROSE', 'TEXT']);

const runsCache = new WeakMap<CstNode, ProseRun[]>();

/** Every run of prose in the document, in order. */
export function proseRuns(document: LangiumDocument): ProseRun[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    let runs = runsCache.get(root);
    if (!runs) {
        runs = [];
        for (const node of CstUtils.streamCst(root)) {
            if (isLeafCstNode(node) && PROSE_TOKENS.has(node.tokenType.name)) runs.push({ leaf: node, offset: node.offset, text: node.text });
        }
        runsCache.set(root, runs);
    }
    return runs;
}

const builtInMatcher = new TermMatcher(BUILT_IN_GLOSSARY);
const teamMatchers = new WeakMap<TeamGlossary, TermMatcher>();

/** The matcher for the team's glossary (the built-in one when the team has made no changes). */
export function matcherFor(glossary: TeamGlossary | undefined): TermMatcher {
    if (!glossary) return builtInMatcher;
    let matcher = teamMatchers.get(glossary);
    if (!matcher) {
        matcher = new TermMatcher(glossaryFor(glossary));
        teamMatchers.set(glossary, matcher);
    }
    return matcher;
}

export interface PlacedFinding extends LanguageFinding {
    /** offsets in the whole document */
    from: number;
    to: number;
}

const findingsCache = new WeakMap<CstNode, { glossary: TeamGlossary | undefined; findings: PlacedFinding[] }>();

/** Every glossary term the language rules point at in a document (computed once per check). */
export function placedFindings(context: RuleContext): PlacedFinding[] {
    const root = context.document.parseResult.value.$cstNode;
    if (!root) return [];
    const cached = findingsCache.get(root);
    if (cached && cached.glossary === context.settings.glossary) return cached.findings;
    const matcher = matcherFor(context.settings.glossary);
    const whole = context.document.textDocument.getText();
    const findings = proseRuns(context.document).flatMap(run =>
        languageFindings(matcher, run.text, whole, run.offset).map(f => ({ ...f, from: run.offset + f.start, to: run.offset + f.end })));
    findingsCache.set(root, { glossary: context.settings.glossary, findings });
    return findings;
}

export function rangeOf(document: LangiumDocument, from: number, to: number): Range {
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
}

/** The words as written, one space between them (a term may run over a line break). */
export function asWritten(text: string): string {
    return text.replace(/\s+/g, ' ');
}

/** What to write instead, in words: the alternatives, or the instruction. */
export function instead(entry: GlossaryEntry): string {
    const alternatives = entry.alternatives.map(a => `"${a}"`);
    const words = alternatives.length === 0 ? '' : alternatives.length === 1 ? `Write ${alternatives[0]} instead.`
        : `Write ${alternatives.slice(0, -1).join(', ')} or ${alternatives[alternatives.length - 1]} instead.`;
    return [words, entry.instruction].filter(Boolean).join(' ');
}

/** The replacement with the capital letter the original had. */
export function matchCase(original: string, replacement: string): string {
    if (/^\p{Lu}/u.test(original) && !/^\p{Lu}{2}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return replacement;
}
