/**
 * Where a text quotes someone's own words in double quotes ("…" or “…”). A child's or a
 * parent's words are theirs: the language checks never ask to change them.
 */
export function quotedRanges(text: string): Array<[number, number]> {
    const ranges: Array<[number, number]> = [];
    const pattern = /"[^"]*"|“[^”]*”/g;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) ranges.push([m.index, m.index + m[0].length]);
    return ranges;
}

export function insideAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
    return ranges.some(([a, b]) => start >= a && end <= b);
}
