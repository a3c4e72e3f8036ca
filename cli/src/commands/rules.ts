import { RULES } from '../../../language/src/index.js';

export interface RuleListing {
    id: string;
    severity: string;
    description: string;
    doc: string;
}

export function listRules(): RuleListing[] {
    return RULES.map(rule => ({ id: rule.id, severity: rule.severity, description: rule.description, doc: `docs/rules/${rule.id}.md` }));
}

export function formatRules(rules: readonly RuleListing[]): string {
    const idWidth = Math.max(...rules.map(r => r.id.length));
    return rules.map(r => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}\n${' '.repeat(idWidth + 11)}${r.doc}`).join('\n');
}
