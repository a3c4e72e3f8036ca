import { createTokenInstance, type IToken, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, TokenizeOptions } from 'langium';
import {
    HEADINGS, HEADING_SYNONYMS, LABELS, LABEL_SYNONYMS, NAMED_LABELS, PERSON_HEADINGS,
    RECORD_HEADINGS, ROLES, type NamedLabel, type Tail
} from './vocabulary.js';

/**
 * A line-based lexer for records.
 *
 * Records are written as people write forms, so the usual lexer (keywords first, then
 * terminals, anywhere in the text) does not fit: prose is free text and may hold any word.
 * This lexer looks at the start of each line to decide what the line is (a heading, a
 * label, a person, a `>` quote, a `-` entry, a comment or prose), and only then splits the
 * rest of the line. It never fails: text it cannot place becomes prose, and the checks
 * explain what is missing in plain words.
 */
export class LineLexer implements Lexer {
    readonly definition: TokenTypeDictionary;

    constructor(services: LangiumCoreServices) {
        const built = services.parser.TokenBuilder.buildTokens(services.Grammar, { caseInsensitive: true });
        const list: TokenType[] = Array.isArray(built) ? built : Object.values(built as Record<string, TokenType>).flat();
        const dictionary: TokenTypeDictionary = {};
        for (const t of list) dictionary[t.name] = t;
        this.definition = dictionary;
    }

    tokenize(text: string, _options?: TokenizeOptions): LexerResult {
        return new LineScanner(text, this.definition).run();
    }
}

const DATE_AT_START = /^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}/-])/u;
const NAME_AT_START = /^[\p{L}][\p{L}\p{N}_'’-]*/u;
const STRING_AT_START = /^("[^"]*"|“[^”]*”)/;

function words(phrase: string): string {
    return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+');
}

function alternation(phrases: Iterable<string>): string {
    return [...phrases].sort((a, b) => b.length - a.length).map(words).join('|');
}

/** Lower case, single spaces, straight apostrophes, no space before a colon. */
function canonical(text: string): string {
    return text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/ :$/, ':');
}

const LABEL_WORDS = [...Object.keys(LABELS), ...Object.keys(LABEL_SYNONYMS)].map(l => l.slice(0, -1));
const LABEL_PATTERN = new RegExp(`^(${alternation(LABEL_WORDS)})\\s*:`, 'i');
const NAMED_PATTERN = new RegExp(`^(${alternation(NAMED_LABELS.map(n => n.keyword))})(?=[\\s:])`, 'i');
const HEADING_PATTERN = new RegExp(`^(${alternation([...HEADINGS, ...Object.keys(HEADING_SYNONYMS)])})\\s*:?\\s*$`, 'i');
const PERSON_HEADING_PATTERN = new RegExp(`^(${alternation(PERSON_HEADINGS)})\\s+([\\p{L}][\\p{L}\\p{N}_'’ -]{0,60}?)\\s*:?\\s*$`, 'iu');
const RECORD_PATTERN = new RegExp(`^(${alternation(RECORD_HEADINGS)})(?=\\s|$)`, 'i');
const ROLE_PATTERN = new RegExp(`^(${alternation(ROLES)})\\s+(?=[\\p{L}])`, 'iu');

/** After `assessment` or `plan` at the start of a line: nothing, a title in quotes, or a title that is not a sentence. */
function isRecordTitle(rest: string): boolean {
    const title = rest.trim();
    return title === '' || STRING_AT_START.test(title) || !/[.!?]$/.test(title);
}

interface OpenText {
    /** the token being extended by continuation lines, or undefined while a label waits for its text */
    token?: IToken;
    /** the indentation of the line the text started on */
    indent: number;
    /**
     * `paragraph`: plain text, which runs on over lines indented as much or more, as in an email;
     * `labelled` and `quote`: text after a label or `>`, which runs on over more indented lines;
     * `waiting`: a label with nothing after it, whose text starts on the next, more indented line.
     */
    kind: 'paragraph' | 'labelled' | 'quote' | 'waiting';
}

class LineScanner {
    private readonly tokens: IToken[] = [];
    private readonly hidden: IToken[] = [];
    private readonly lineStarts: number[] = [0];
    private open: OpenText | undefined;
    /** the indentation of the `people` heading while its lines are being read */
    private peopleIndent: number | undefined;

    constructor(private readonly text: string, private readonly types: TokenTypeDictionary) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
        }
    }

    run(): LexerResult {
        const text = this.text;
        for (let n = 0; n < this.lineStarts.length; n++) {
            const start = this.lineStarts[n];
            let end = n + 1 < this.lineStarts.length ? this.lineStarts[n + 1] : text.length;
            while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
            this.line(start, end);
        }
        return { tokens: this.tokens, hidden: this.hidden, errors: [] };
    }

    // ------------------------------------------------------------------ one line

    private line(start: number, end: number): void {
        let pos = start;
        let indent = 0;
        while (pos < end) {
            const c = this.text[pos];
            if (c === ' ') indent += 1;
            else if (c === '\t') indent += 4;
            else if (c === '\uFEFF' || c === '\u00A0') indent += 1;
            else break;
            pos++;
        }
        let stop = end;
        while (stop > pos && /\s/.test(this.text[stop - 1])) stop--;
        if (pos >= stop) {
            this.open = undefined;
            return;
        }
        const content = this.text.slice(pos, stop);
        if (content.startsWith('#')) {
            this.hidden.push(this.token('COMMENT', pos, stop));
            this.open = undefined;
            return;
        }
        if (this.peopleIndent !== undefined && indent <= this.peopleIndent && !HEADING_PATTERN.test(content)) {
            this.peopleIndent = undefined;
        }
        if (!this.structural(content, pos, stop, indent)) {
            this.prose(pos, stop, indent);
        }
    }

    /** Lexes a line that starts with a keyword or sigil; false when the line is plain prose. */
    private structural(content: string, pos: number, stop: number, indent: number): boolean {
        if (content.startsWith('>')) {
            this.open = { token: this.token('QUOTE', pos, stop), indent, kind: 'quote' };
            return true;
        }
        if (content === '-' || content.startsWith('- ')) {
            this.keyword('-', pos, pos + 1);
            this.open = undefined;
            this.tail('dated', pos + 1, stop, indent);
            return true;
        }
        let m = HEADING_PATTERN.exec(content);
        if (m) {
            const key = canonical(m[1]);
            const heading = HEADING_SYNONYMS[key] ?? key;
            this.keyword(heading, pos, pos + m[1].length);
            this.peopleIndent = heading === 'people' ? indent : undefined;
            this.open = undefined;
            return true;
        }
        m = PERSON_HEADING_PATTERN.exec(content);
        if (m) {
            this.keyword(canonical(m[1]), pos, pos + m[1].length);
            const nameStart = pos + content.indexOf(m[2], m[1].length);
            this.token('NAME', nameStart, nameStart + m[2].length);
            this.peopleIndent = undefined;
            this.open = undefined;
            return true;
        }
        if (indent === 0 && (m = RECORD_PATTERN.exec(content)) && isRecordTitle(content.slice(m[1].length))) {
            this.keyword(canonical(m[1]), pos, pos + m[1].length);
            this.peopleIndent = undefined;
            this.open = undefined;
            const rest = this.skipSpaces(pos + m[1].length, stop);
            if (rest < stop) {
                const quoted = STRING_AT_START.exec(this.text.slice(rest, stop));
                if (quoted && rest + quoted[0].length === stop) this.token('STRING', rest, stop);
                else this.token('PROSE', rest, stop);
            }
            return true;
        }
        m = LABEL_PATTERN.exec(content);
        if (m) {
            const key = canonical(m[1] + ':');
            const label = LABEL_SYNONYMS[key] ?? key;
            this.keyword(label, pos, pos + m[0].length);
            this.peopleIndent = undefined;
            this.open = undefined;
            this.tail(LABELS[label], pos + m[0].length, stop, indent);
            return true;
        }
        m = NAMED_PATTERN.exec(content);
        if (m && this.named(NAMED_LABELS.find(n => n.keyword === canonical(m![1]))!, m[1].length, pos, stop, indent)) {
            this.peopleIndent = undefined;
            return true;
        }
        const runsOn = this.open?.token !== undefined && indent > this.open.indent;
        if (this.peopleIndent !== undefined && !runsOn && (m = ROLE_PATTERN.exec(content))) {
            return this.person(canonical(m[1]), m[1].length, pos, stop, indent);
        }
        return false;
    }

    /** `outcome attendance: ...`, `opinion of School: ...`, `safety goal for hitting: ...` */
    private named(label: NamedLabel, keywordLength: number, pos: number, stop: number, indent: number): boolean {
        const colonInLine = this.text.slice(pos, stop).indexOf(':', keywordLength);
        if (colonInLine < 0) return false;
        const colon = pos + colonInLine;
        const between = this.text.slice(pos + keywordLength, colon);
        const nameWords = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
        if (/[.!?,;]/.test(between) || nameWords > (label.nameToken === 'ID' ? 1 : 5)) return false;
        this.keyword(label.keyword, pos, pos + keywordLength);
        let p = this.skipSpaces(pos + keywordLength, colon);
        if (label.joiner && this.text.slice(p, p + label.joiner.length).toLowerCase() === label.joiner
            && /\s/.test(this.text[p + label.joiner.length] ?? '')) {
            this.keyword(label.joiner, p, p + label.joiner.length);
            p = this.skipSpaces(p + label.joiner.length, colon);
        }
        let nameEnd = colon;
        while (nameEnd > p && /\s/.test(this.text[nameEnd - 1])) nameEnd--;
        if (nameEnd > p) {
            this.token(label.nameToken, p, nameEnd);
        }
        this.keyword(':', colon, colon + 1);
        this.open = undefined;
        this.tail(label.tail, colon + 1, stop, indent);
        return true;
    }

    /** `child Amira "Amira Hassan", born 14/05/2018, lives at home` */
    private person(role: string, roleLength: number, pos: number, stop: number, indent: number): boolean {
        let p = this.skipSpaces(pos + roleLength, stop);
        const name = NAME_AT_START.exec(this.text.slice(p, stop));
        if (!name) return false;
        this.keyword(role, pos, pos + roleLength);
        this.token('ID', p, p + name[0].length);
        p = this.skipSpaces(p + name[0].length, stop);
        const quoted = STRING_AT_START.exec(this.text.slice(p, stop));
        if (quoted) {
            this.token('STRING', p, p + quoted[0].length);
            p = this.skipSpaces(p + quoted[0].length, stop);
        }
        this.open = undefined;
        let first = true;
        while (p < stop) {
            if (this.text[p] === ',') {
                this.keyword(',', p, p + 1);
                p = this.skipSpaces(p + 1, stop);
                continue;
            }
            const rest = this.text.slice(p, stop);
            const born = first ? /^(born|due)\s+/i.exec(rest) : null;
            const date = born ? DATE_AT_START.exec(rest.slice(born[0].length)) : null;
            first = false;
            if (born && date) {
                this.keyword(born[1].toLowerCase(), p, p + born[1].length);
                const d = p + born[0].length;
                this.token('DATE', d, d + date[0].length);
                p = this.skipSpaces(d + date[0].length, stop);
                continue;
            }
            this.open = { token: this.token('PROSE', p, stop), indent, kind: 'labelled' };
            break;
        }
        return true;
    }

    /** The rest of a line after a label. */
    private tail(tail: Tail, from: number, stop: number, indent: number): void {
        const p = this.skipSpaces(from, stop);
        if (p >= stop) {
            if (tail === 'prose' || tail === 'dated') this.open = { indent, kind: 'waiting' };
            return;
        }
        switch (tail) {
            case 'prose':
                this.open = { token: this.token('PROSE', p, stop), indent, kind: 'labelled' };
                return;
            case 'line':
                this.token('PROSE', p, stop);
                return;
            case 'dated': {
                const date = DATE_AT_START.exec(this.text.slice(p, stop));
                if (date) {
                    this.token('DATE', p, p + date[0].length);
                    let q = this.skipSpaces(p + date[0].length, stop);
                    while (q < stop && (this.text[q] === ',' || this.text[q] === ';')) q = this.skipSpaces(q + 1, stop);
                    if (q < stop) this.open = { token: this.token('PROSE', q, stop), indent, kind: 'labelled' };
                    return;
                }
                this.open = { token: this.token('PROSE', p, stop), indent, kind: 'labelled' };
                return;
            }
            case 'name':
                this.token('NAME', p, stop);
                return;
            case 'names':
                this.names(p, stop);
                return;
        }
    }

    /** `Sara, Idris and Jo` */
    private names(from: number, stop: number): void {
        const separator = /\s*(,|&|\band\b)\s*/gi;
        const line = this.text.slice(from, stop);
        let p = 0;
        let m: RegExpExecArray | null;
        while ((m = separator.exec(line)) !== null) {
            if (m.index > p) this.token('NAME', from + p, from + m.index);
            const sep = m[1].toLowerCase() === 'and' ? 'and' : ',';
            const sepStart = from + m.index + m[0].indexOf(m[1]);
            this.keyword(sep, sepStart, sepStart + m[1].length);
            p = m.index + m[0].length;
        }
        if (from + p < stop) this.token('NAME', from + p, stop);
    }

    /** A line with no keyword: it runs on the text above it, or starts a paragraph. */
    private prose(pos: number, stop: number, indent: number): void {
        const open = this.open;
        if (open) {
            const runsOn = open.kind === 'paragraph' ? indent >= open.indent : indent > open.indent;
            if (runsOn && open.token) {
                this.extend(open.token, stop);
                return;
            }
            if (runsOn && open.kind === 'waiting') {
                this.open = { token: this.token('PROSE', pos, stop), indent: open.indent, kind: 'labelled' };
                return;
            }
        }
        this.open = { token: this.token('TEXT', pos, stop), indent, kind: 'paragraph' };
    }

    // ------------------------------------------------------------------ tokens

    private keyword(keyword: string, start: number, end: number): IToken {
        return this.token(keyword, start, end);
    }

    private token(typeName: string, start: number, end: number): IToken {
        const type = this.types[typeName];
        if (!type) throw new Error(`No token type '${typeName}' in the grammar`);
        const startLine = this.lineOf(start);
        const endLine = this.lineOf(end - 1);
        const token = createTokenInstance(type, this.text.slice(start, end), start, end - 1,
            startLine + 1, endLine + 1, start - this.lineStarts[startLine] + 1, end - 1 - this.lineStarts[endLine] + 1);
        if (typeName === 'COMMENT') return token;
        this.tokens.push(token);
        return token;
    }

    private extend(token: IToken, end: number): void {
        const endLine = this.lineOf(end - 1);
        token.image = this.text.slice(token.startOffset, end);
        token.endOffset = end - 1;
        token.endLine = endLine + 1;
        token.endColumn = end - 1 - this.lineStarts[endLine] + 1;
    }

    private lineOf(offset: number): number {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private skipSpaces(from: number, stop: number): number {
        let p = from;
        while (p < stop && /\s/.test(this.text[p])) p++;
        return p;
    }
}
