/** A line of a record: what is on it, and the line break that ends it ('' for the last line). */
export interface Line {
    start: number;
    content: string;
    eol: string;
}

/** Splits a text into lines, keeping each line's own line break (\n, \r\n or \r). */
export function splitLines(text: string): Line[] {
    const lines: Line[] = [];
    const breaks = /\r\n|\r|\n/g;
    let start = 0;
    let m: RegExpExecArray | null;
    while ((m = breaks.exec(text)) !== null) {
        lines.push({ start, content: text.slice(start, m.index), eol: m[0] });
        start = m.index + m[0].length;
    }
    lines.push({ start, content: text.slice(start), eol: '' });
    return lines;
}

/** The line break most used in a text; \n when it has none. */
export function usualBreak(lines: readonly Line[]): string {
    const counts = new Map<string, number>();
    for (const line of lines) if (line.eol) counts.set(line.eol, (counts.get(line.eol) ?? 0) + 1);
    let best = '\n';
    let most = 0;
    for (const [eol, n] of counts) if (n > most) [best, most] = [eol, n];
    return best;
}

/** Spaces, tabs and the invisible characters a record may be indented with. */
export const INDENT = /^[ \t\u00A0\uFEFF]*/;

export function isBlank(content: string): boolean {
    return content.trim() === '';
}
