import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Model } from '../generated/ast.js';
import { parseDate, today as computerToday, type CalendarDate } from '../dates.js';
import type { LensSettings } from '../settings.js';
import { RULES } from './index.js';
import type { Rule, RuleContext, Severity, Target } from './rule.js';
import { isTooLarge } from './format/too-large.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

/** The line a finding about a node (or one of its parts) will be shown on. */
function startLine(target: Exclude<Target, { range: unknown }>): number | undefined {
    const { node, property, keyword, index } = target;
    if (property) {
        const nodes = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        const cst = nodes[index ?? 0] ?? nodes[0];
        if (cst) return cst.range.start.line;
    }
    if (keyword) {
        const cst = GrammarUtils.findNodeForKeyword(node.$cstNode, keyword);
        if (cst) return cst.range.start.line;
    }
    return node.$cstNode?.range.start.line;
}

/** The severity a team has set for a rule, or its default; undefined when it is off. */
export function effectiveSeverity(rule: Rule, settings: LensSettings): Severity | undefined {
    const set = settings.rules[rule.id];
    if (set === 'off') return undefined;
    return set ?? rule.severity;
}

export function ruleDocUrl(id: string, settings: LensSettings): string | undefined {
    return settings.docsBase ? `${settings.docsBase.replace(/\/$/, '')}/rules/${id}.md` : undefined;
}

export function todayOf(settings: LensSettings): CalendarDate {
    return (settings.today && parseDate(settings.today)) || computerToday();
}

/** Runs every rule that is on over one document, reporting through Langium's acceptor. */
export function runRules(document: LangiumDocument<Model>, settings: LensSettings, accept: ValidationAcceptor,
    candidates: (node: AstNode, property: string) => string[] = () => [], rules: readonly Rule[] = RULES): void {
    const byType = new Map<(node: AstNode) => boolean, AstNode[]>();
    const all: AstNode[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) all.push(node);
    const day = todayOf(settings);
    const text = document.textDocument.getText();
    const suppressions = findSuppressions(text);
    const ruleIds = RULES.map(r => r.id);
    const basicOnly = isTooLarge(text, settings.fullCheckChars);
    for (const rule of rules) {
        const severity = effectiveSeverity(rule, settings);
        if (!severity || (basicOnly && !rule.basic)) continue;
        const href = ruleDocUrl(rule.id, settings);
        const context: RuleContext = {
            document,
            model: document.parseResult.value,
            settings,
            today: day,
            nodes<T extends AstNode>(is: (node: AstNode) => node is T): T[] {
                let list = byType.get(is);
                if (!list) {
                    list = all.filter(is);
                    byType.set(is, list);
                }
                return list as T[];
            },
            candidates,
            ruleIds,
            report(target: Target, message: string, data?: Record<string, unknown>): void {
                const line = 'range' in target ? target.range.start.line : startLine(target);
                if (suppressions.length > 0 && line !== undefined && isSuppressed(suppressions, rule.id, line)) return;
                const info = {
                    ...('range' in target ? { node: document.parseResult.value, range: target.range } : target),
                    code: rule.id,
                    codeDescription: href ? { href } : undefined,
                    data: { rule: rule.id, ...data }
                };
                accept(severity, message, info as Parameters<ValidationAcceptor>[2]);
            }
        };
        try {
            rule.check(context);
        } catch (error) {
            accept('info', `The check '${rule.id}' stopped early on this record, so its findings may be incomplete. `
                + `Please report this with the record's structure (not its content): ${String(error)}`,
            { node: document.parseResult.value, code: rule.id });
        }
    }
}
