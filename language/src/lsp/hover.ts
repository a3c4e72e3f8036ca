import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver-protocol';
import type { GlossaryEntry } from '../prose/glossary.js';
import { matcherFor } from '../rules/language/shared.js';
import { evidenceHover } from './evidence-hover.js';
import {
    isAgency, isAssessment, isOutcome, isPerson, isPlan, isWorry, type Person
} from '../generated/ast.js';
import { describeAge, formatDate, parseDate } from '../dates.js';
import { todayOf } from '../rules/engine.js';
import type { SettingsStore } from '../settings-store.js';

/** Hover over a name shows who or what it is: a person's role and age, an agency's full name. */
export class RecordHoverProvider extends AstNodeHoverProvider {
    private readonly settings: SettingsStore;

    constructor(services: LangiumServices & { lens: { Settings: SettingsStore } }) {
        super(services);
        this.settings = services.lens.Settings;
    }

    /** Over a flagged word in the writing: the plain alternative, why, and where the advice comes from. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        if (leaf && isLeafCstNode(leaf) && (leaf.tokenType.name === 'PROSE' || leaf.tokenType.name === 'TEXT')) {
            const inLeaf = offset - leaf.offset;
            const match = matcherFor(this.settings.current.glossary).find(leaf.text).find(m => m.start <= inLeaf && inLeaf <= m.end);
            const evidence = evidenceHover(document, offset, this.settings.current);
            if (match) {
                return {
                    contents: { kind: 'markdown', value: [termHover(match.entry), evidence?.value].filter(Boolean).join('\n\n---\n\n') },
                    range: { start: document.textDocument.positionAt(leaf.offset + match.start), end: document.textDocument.positionAt(leaf.offset + match.end) }
                };
            }
            if (evidence) return { contents: { kind: 'markdown', value: evidence.value }, range: evidence.range };
            return undefined;
        }
        return super.getHoverContent(document, params);
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPerson(node)) return this.person(node);
        if (isAgency(node)) return lines(`**${node.fullName ?? node.name}**`, 'Agency', node.details);
        if (isWorry(node)) return lines(`**${capital(node.kind)}** ${node.name ?? ''}`, node.text);
        if (isOutcome(node)) {
            return lines(`**Outcome** ${node.name ?? ''}`, node.text,
                `${node.measures.length ? 'Has a measure' : 'No measure yet'} · ${node.actions.length} action${node.actions.length === 1 ? '' : 's'}`);
        }
        if (isAssessment(node) || isPlan(node)) return lines(`**${node.name ?? ''}**`, isPlan(node) ? 'Plan' : 'Assessment');
        return undefined;
    }

    private person(person: Person): string {
        const role = capital(person.role);
        const facts: string[] = [role];
        const born = person.birth ? parseDate(person.birth) : undefined;
        if (born && person.birthLabel === 'born') {
            facts.push(`born ${formatDate(born)}, ${describeAge(born, todayOf(this.settings.current))}`);
        } else if (born) {
            facts.push(`due ${formatDate(born)}`);
        }
        return lines(`**${person.fullName ?? person.name}** (${person.name})`, facts.join(' · '), person.details);
    }
}

function termHover(entry: GlossaryEntry): string {
    const heading = entry.expansion ? `**${entry.term}**: ${entry.expansion}` : `**${entry.term}**`;
    const instead = entry.alternatives.length ? `Plain words: ${entry.alternatives.map(a => `*${a}*`).join(', ')}` : undefined;
    return lines(heading, instead, entry.instruction, entry.why, `Source: ${entry.source}`);
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function lines(...parts: Array<string | undefined>): string {
    return parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');
}
