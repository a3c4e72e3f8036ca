/**
 * Comments that turn a check off, always with a reason:
 *
 *     # lens-ignore action/vague: the family chose these words for their plan
 *     action: Dad will support Kai with homework.
 *
 *     # lens-ignore-file language/jargon: a glossary handout for staff, not for families
 *
 * The first form silences the named rules on the next line that is not blank or a comment;
 * the second, in the whole file. Several ids may be given, separated by commas.
 */
export interface Suppression {
    /** 0-based line of the comment */
    line: number;
    scope: 'line' | 'file';
    ids: string[];
    reason: string;
    /** 0-based line it applies to (for `line` scope); -1 when no line follows */
    target: number;
    /** where the ids are on the comment's line, for pointing at them */
    idsStart: number;
    idsEnd: number;
}

const COMMENT = /^(\s*#\s*)lens-ignore(-file)?\b[ \t]*([^:\r\n]*)(?::[ \t]*(.*))?$/;

export function findSuppressions(text: string): Suppression[] {
    const lines = text.split(/\r\n|\r|\n/);
    const found: Suppression[] = [];
    for (let i = 0; i < lines.length; i++) {
        const m = COMMENT.exec(lines[i]);
        if (!m) continue;
        let target = -1;
        for (let j = i + 1; j < lines.length; j++) {
            const t = lines[j].trim();
            if (t !== '' && !t.startsWith('#')) {
                target = j;
                break;
            }
        }
        const afterKeyword = m[1].length + 'lens-ignore'.length + (m[2]?.length ?? 0);
        const idsStart = m[3] ? lines[i].indexOf(m[3], afterKeyword) : afterKeyword;
        found.push({
            line: i,
            scope: m[2] ? 'file' : 'line',
            ids: m[3].split(',').map(s => s.trim()).filter(Boolean),
            reason: (m[4] ?? '').trim(),
            target,
            idsStart,
            idsEnd: idsStart + m[3].trimEnd().length
        });
    }
    return found;
}

/** True when a finding of `rule` starting on `line` is silenced by a comment that gives a reason. */
export function isSuppressed(suppressions: readonly Suppression[], rule: string, line: number): boolean {
    return suppressions.some(s => s.reason !== '' && s.ids.includes(rule) && (s.scope === 'file' || s.target === line));
}
