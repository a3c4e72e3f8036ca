import { readsAsPlainWriting } from './services.js';

/** Writing in a source text to check: a heading or a paragraph, from `start`, with `text` as long as its span in the source. */
export interface ProseSpan {
    kind: 'heading' | 'paragraph';
    start: number;
    text: string;
}

/** A piece of the made record that is copied from the source: `length` characters from `at` are those from `source`. */
interface Segment {
    at: number;
    source: number;
    length: number;
}

/**
 * A record made from writing, so that the engine's own prose checks can read it: each heading
 * becomes a `section:` with the heading as its title, and each paragraph a paragraph of that
 * section, on one line (its line breaks as spaces, so it is exactly as long). A paragraph the
 * lexer would read as something else gets `- ` in front, which keeps it as writing. Every
 * character of writing keeps its place, so a finding in the record maps back to the source.
 */
export class RecordOfProse {
    readonly text: string;
    private readonly segments: Segment[] = [];

    constructor(spans: readonly ProseSpan[]) {
        const parts: string[] = [];
        let at = 0;
        const add = (piece: string, source?: number) => {
            if (source !== undefined && piece.length > 0) this.segments.push({ at, source, length: piece.length });
            parts.push(piece);
            at += piece.length;
        };
        let inSection = false;
        for (const span of spans) {
            const lead = span.text.length - span.text.trimStart().length;
            const body = span.text.trim();
            if (body === '') continue;
            const line = body.replace(/[\r\n]/g, ' ');
            const source = span.start + lead;
            if (span.kind === 'heading') {
                add('\nsection: ');
                add(line, source);
                add('\n');
                inSection = true;
                continue;
            }
            if (!inSection) {
                // Writing before the first heading: a section with no title, so that it is read as one.
                add('section:\n');
                inSection = true;
            }
            add(readsAsPlainWriting(line) ? '\n' : '\n- ');
            add(line, source);
            add('\n');
        }
        this.text = parts.join('');
    }

    /** Where an offset in the record stands in the source; between pieces of writing, the next (or, `back`, the previous) piece. */
    sourceOffset(offset: number, back = false): number | undefined {
        const segments = this.segments;
        let lo = 0;
        let hi = segments.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (segments[mid].at <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        const s = found >= 0 ? segments[found] : undefined;
        if (s && (offset < s.at + s.length || (back && offset === s.at + s.length))) return s.source + (offset - s.at);
        if (back) {
            if (s && offset === s.at) return s.source;
            return s ? s.source + s.length : undefined;
        }
        const next = segments[found + 1];
        return next?.source;
    }

    /** A range of the record as a range of the source (start and end offsets). */
    sourceRange(start: number, end: number): { start: number; end: number } | undefined {
        const from = this.sourceOffset(start);
        if (from === undefined) return undefined;
        let to = this.sourceOffset(end, true);
        if (to === undefined || to < from) {
            // A finding on the record's own words (such as a section's heading): the first piece of writing it covers.
            const segment = this.segments.find(s => s.source === from);
            to = segment ? from + segment.length : from;
        }
        return { start: from, end: to };
    }
}
