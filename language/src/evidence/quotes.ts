/**
 * Someone's own words inside a piece of writing: in double quotes ("…" or “…”), or in curly
 * single quotes (‘…’) that open after a space and close before one. What a person said, in
 * their words, is a fact about what was said: the evidence checks never point inside it.
 */
export function quotedSpans(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    const pattern = /"[^"]*"|“[^”]*”|(?<![\p{L}\p{N}])‘[^‘]*?’(?![\p{L}\p{N}])/gu;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
    return spans;
}

export function overlapsAny(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
    return spans.some(([a, b]) => start < b && end > a);
}
