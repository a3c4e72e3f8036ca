import { AstUtils, type LangiumDocument } from 'langium';
import { isAssessment, isFact, isOpinion, isPlan, type Model } from '../generated/ast.js';
import type { FindingSeverity, RecordFacts, ReportFinding } from './rubric.js';

const SEVERITIES: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** What the rubric needs to know about a checked record: its title, its kinds, whether it records evidence. */
export function recordFacts(document: LangiumDocument, file: string): RecordFacts {
    const model = document.parseResult.value as Model;
    const records = model.parts.filter(p => isAssessment(p) || isPlan(p));
    const kinds = [...new Set(records.map(r => isPlan(r) ? 'plan' as const : 'assessment' as const))];
    const title = records.map(r => r.name?.trim()).find(Boolean) ?? file;
    let hasEvidence = false;
    for (const node of AstUtils.streamAst(model)) {
        if (isFact(node) || isOpinion(node)) {
            hasEvidence = true;
            break;
        }
    }
    return { file, title, kinds, hasEvidence };
}

/** The findings of a checked record, as the report lists them. */
export function reportFindings(document: LangiumDocument, file: string): ReportFinding[] {
    return (document.diagnostics ?? []).map(d => ({
        rule: String(d.code ?? 'unknown'),
        severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : String(d.message),
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1
    })).sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
