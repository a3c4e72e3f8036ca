import { isAction, isProgress, type Action, type Progress } from '../../generated/ast.js';
import { compareDates, parseDate, type CalendarDate } from '../../dates.js';
import type { Rule } from '../rule.js';
import { brief } from '../text.js';
import { words } from './shared.js';

/** The latest date on an action's `by:` lines. */
function dueDate(action: Action): CalendarDate | undefined {
    let due: CalendarDate | undefined;
    for (const by of action.by) {
        const date = by.date ? parseDate(by.date) : undefined;
        if (date && (!due || compareDates(date, due) > 0)) due = date;
    }
    return due;
}

/** An action whose date has gone by has progress recorded against its outcome since then. */
export const timeActionOverdue: Rule = {
    id: 'time/action-overdue',
    severity: 'warning',
    description: 'An action whose date has passed has progress recorded on its outcome since that date.',
    check(context) {
        let progress: Progress[] | undefined;
        for (const action of context.nodes(isAction)) {
            const due = dueDate(action);
            if (!due || compareDates(due, context.today) >= 0) continue;
            const outcome = action.$container;
            progress ??= context.nodes(isProgress);
            const since = progress.some(p => {
                const date = p.date ? parseDate(p.date) : undefined;
                return p.outcome?.ref === outcome && date !== undefined && compareDates(date, due) >= 0;
            });
            if (since) continue;
            const what = `"${brief(action.text, { words: 8 })}" was due by ${words(due)}`;
            context.report({ node: action, keyword: 'action:' }, outcome.name
                ? `${what}, and no progress on "${outcome.name}" has been recorded since. Record what happened in a line "progress on ${outcome.name}:" with the date, or agree a new date (Good practice guide, What is a Good Plan?: each review considers what has been done and how far it has taken the plan forward).`
                : `${what}, and no progress on its outcome has been recorded since. Give the outcome a short name (outcome <name>: ...) so that progress can be recorded against it, then add a "progress on" line with the date, or agree a new date.`);
        }
    }
};
