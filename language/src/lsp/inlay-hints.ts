import { AstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { GrammarUtils } from 'langium';
import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import { describeAge, parseDate, type CalendarDate } from '../dates.js';
import { isAssessment, isDateField, isPerson, isSeen, type Assessment } from '../generated/ast.js';
import { todayOf } from '../rules/engine.js';
import type { SettingsStore } from '../settings-store.js';
import { workingDaysBetween } from '../time/working-days.js';

/**
 * Small notes after dates, in the editor only (they are not part of the record):
 * a child's age after a date of birth, and in an assessment the working day a date falls on
 * ("working day 23 of 45"), counted from the referral with the team's bank holidays.
 */
export class RecordInlayHintProvider implements InlayHintProvider {
    constructor(private readonly settings: SettingsStore) {}

    getInlayHints(document: LangiumDocument): MaybePromise<InlayHint[]> {
        const settings = this.settings.current;
        const today = todayOf(settings);
        const hints: InlayHint[] = [];
        const hintAfter = (node: AstNode, property: string, label: string) => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            if (cst) hints.push({ position: cst.range.end, label: ` ${label}`, kind: InlayHintKind.Parameter, paddingLeft: true });
        };
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isPerson(node) && node.birthLabel === 'born' && node.birth) {
                const born = parseDate(node.birth);
                if (born) hintAfter(node, 'birth', `(${describeAge(born, today)})`);
            }
            const assessment = isAssessment(node) ? node : undefined;
            if (!assessment) continue;
            const referral = referralOf(assessment);
            if (!referral) continue;
            const limit = settings.assessmentWorkingDays;
            for (const dated of AstUtils.streamAst(assessment)) {
                if (!(isDateField(dated) && dated.label !== 'referral:') && !isSeen(dated)) continue;
                const day = dated.date ? parseDate(dated.date) : undefined;
                if (!day) continue;
                hintAfter(dated, 'date', `working day ${workingDaysBetween(referral, day, settings.region)} of ${limit}`);
            }
            if (!assessment.fields.some(f => isDateField(f) && f.label === 'completed:' && f.date)) {
                const field = assessment.fields.find(f => isDateField(f) && f.label === 'referral:');
                if (field) hintAfter(field, 'date', `today is working day ${workingDaysBetween(referral, today, settings.region)} of ${limit}`);
            }
        }
        return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
    }
}

function referralOf(assessment: Assessment): CalendarDate | undefined {
    const field = assessment.fields.find(f => isDateField(f) && f.label === 'referral:');
    return field && isDateField(field) && field.date ? parseDate(field.date) : undefined;
}
