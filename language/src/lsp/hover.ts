import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { AstNode, MaybePromise } from 'langium';
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

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function lines(...parts: Array<string | undefined>): string {
    return parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');
}
