import { readsAsPlainWriting } from '../prose-check/services.js';
import {
    columnFor, headingKey, PLAN_SECTIONS, sectionFor, TOPIC_SECTIONS, type ImportSection, type PlanColumn, type TeamHeadings
} from './headings.js';
import type { DocumentBlock, DocumentModel } from './model.js';

export type RecordKind = 'assessment' | 'plan';

export interface ImportOptions {
    /** what to make; without it, guessed from the headings and the title */
    as?: RecordKind;
    /** the title to use when the document does not start with one (usually the file's name) */
    title?: string;
    /** where the document came from, for the note at the top */
    source?: string;
    /** the team's own headings (`importHeadings` in the settings file) */
    headings?: TeamHeadings;
}

/** How a heading of the document was placed in the record. */
export interface PlacedHeading {
    heading: string;
    /** the part of the record it became; `section` for a section with its own title, `within` for a heading kept inside the section above */
    became: ImportSection | 'section' | 'within' | 'title';
}

export interface ImportResult {
    text: string;
    kind: RecordKind;
    title: string;
    headings: PlacedHeading[];
}

/** The notes the import writes as comments, for the person to act on; the tests find them by these words. */
export const NOTES = {
    top: (source: string | undefined) => [
        `# Imported${source ? ` from ${source}` : ''}. Every paragraph is kept as it was written.`,
        '# Next: add a people section (everyone in the record, each with a short name), then check each heading.'
    ],
    voice: '# This is the child\'s voice: once the child is in the people section, change the heading to "voice of" and their short name.',
    views: '# These are a parent\'s or carer\'s views: once they are in the people section, change the heading to "views of" and their short name.',
    people: '# Everyone named here goes in the people section, with a short name: see "People and agencies" in the format guide.'
} as const;

const LABELLED: Partial<Record<ImportSection, string>> = {
    purpose: 'purpose:',
    contingency: 'contingency:',
    "child's view": "child's view:",
    review: 'review:'
};

const PLAN_TABLE_MIN_COLUMNS = 2;

/**
 * Turns a document into a record skeleton. Headings become the format's sections through the
 * heading table (and the team's own headings); a heading the table does not know becomes a
 * section with its own title; every paragraph is kept word for word, and one that would be read
 * as something else (a label, a heading, a comment) is written as a `- ` entry so that it stays
 * writing; a plan table becomes outcomes and actions. No one is declared: the checks then say
 * who needs to be added.
 */
export function modelToRecord(model: DocumentModel, options: ImportOptions = {}): ImportResult {
    const team = options.headings ?? {};
    const blocks = [...model.blocks];
    const headings: PlacedHeading[] = [];
    let title = options.title?.trim() || 'Imported document';
    const first = blocks[0];
    if (first?.kind === 'heading' && sectionFor(first.text, team) === undefined && isTitle(first.text, blocks)) {
        title = first.text;
        headings.push({ heading: first.text, became: 'title' });
        blocks.shift();
    }
    const kind = options.as ?? guessKind(blocks, team, title);
    const writer = new RecordWriter(title, kind, team, headings);
    writer.start(options.source);
    for (const block of blocks) writer.block(block);
    return { text: writer.finish(), kind, title, headings };
}

/**
 * The first heading is the document's title when a heading follows it straight away, when it
 * names a kind of document ("… assessment", "visit note"), or when it is the only heading.
 */
function isTitle(text: string, blocks: readonly DocumentBlock[]): boolean {
    return blocks[1]?.kind === 'heading' || TITLE_WORDS.test(text) || blocks.filter(b => b.kind === 'heading').length === 1;
}

const TITLE_WORDS = /\b(?:assessment|plan|report|note|notes|record|summary|review|statement)\b/i;

/** A plan when plan headings and plan tables outweigh assessment headings (the title counts too). */
function guessKind(blocks: readonly DocumentBlock[], team: TeamHeadings, title: string): RecordKind {
    let plan = /\bplan\b/i.test(title) ? 2 : 0;
    let assessment = /\bassessment\b/i.test(title) ? 2 : 0;
    for (const block of blocks) {
        if (block.kind === 'heading') {
            const section = sectionFor(block.text, team);
            if (section && PLAN_SECTIONS.has(section)) plan++;
            else if (section && section !== 'people') assessment++;
        } else if (block.kind === 'table' && planColumns(block.rows[0]) !== undefined) {
            plan += 2;
        }
    }
    return plan > assessment ? 'plan' : 'assessment';
}

/** The kind of each column of a plan table, from its heading row; undefined when it is not a plan table. */
function planColumns(head: readonly string[] | undefined): Array<PlanColumn | undefined> | undefined {
    if (!head) return undefined;
    const columns = head.map(cell => columnFor(cell));
    const named = new Set(columns.filter(c => c !== undefined));
    return (named.has('outcome') || named.has('action')) && named.size >= PLAN_TABLE_MIN_COLUMNS ? columns : undefined;
}

/** A title in quotes that its own words cannot end early. */
function quoted(title: string): string {
    if (!/[“”]/.test(title)) return `“${title}”`;
    return title.includes('"') ? title : `"${title}"`;
}

class RecordWriter {
    private readonly lines: string[] = [];
    private inPlan: boolean;
    private current: { section: ImportSection | 'section'; level: number } | undefined;
    /** a label waiting for the section's first paragraph, which goes on its line */
    private pending: { label: string; indent: string } | undefined;

    constructor(private readonly title: string, private readonly kind: RecordKind, private readonly team: TeamHeadings,
        private readonly placed: PlacedHeading[]) {
        this.inPlan = kind === 'plan';
    }

    start(source: string | undefined): void {
        this.lines.push(...NOTES.top(source), `${this.kind} ${quoted(this.title)}`);
    }

    finish(): string {
        this.flushPending();
        while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
        return this.lines.join('\n') + '\n';
    }

    block(block: DocumentBlock): void {
        switch (block.kind) {
            case 'heading': return this.heading(block.text, block.level);
            case 'paragraph': return this.paragraph(block.text, block.item === true);
            case 'table': return this.table(block.rows);
        }
    }

    /** Where a section's heading goes, and where its lines go. */
    private get sectionIndent(): string {
        return this.inPlan ? '  ' : '';
    }

    private get itemIndent(): string {
        return this.inPlan ? '    ' : '  ';
    }

    private emit(line: string): void {
        this.lines.push(line);
    }

    private blank(): void {
        if (this.lines[this.lines.length - 1] !== '') this.lines.push('');
    }

    private flushPending(): void {
        if (!this.pending) return;
        this.blank();
        this.emit(`${this.pending.indent}${this.pending.label}`);
        this.pending = undefined;
    }

    private heading(text: string, level: number): void {
        const section = sectionFor(text, this.team);
        const current = this.current;
        // A heading under the one above it, or another heading for the same part: kept inside it, as writing.
        if (current && !this.pending && ((section === undefined && level > current.level) || (section !== undefined && section === current.section))) {
            this.placed.push({ heading: text, became: 'within' });
            this.paragraph(text, false);
            return;
        }
        this.flushPending();
        this.placed.push({ heading: text, became: section ?? 'section' });
        this.current = { section: section ?? 'section', level };
        if (section && PLAN_SECTIONS.has(section) && !this.inPlan) this.startPlan(section === 'plan' ? text : undefined);
        this.blank();
        const own = (words: string, indent = this.itemIndent) => {
            // The document's own words for the heading, kept as a note when they are not the format's.
            if (oneLineOf(text) !== words) this.emit(`${indent}# ${oneLineOf(text)}`);
        };
        if (section === undefined) {
            this.emit(`${this.sectionIndent}section: ${oneLineOf(text)}`);
        } else if (TOPIC_SECTIONS.has(section)) {
            this.emit(`${this.sectionIndent}${section}`);
            own(section);
        } else if (section === 'voice' || section === 'views' || section === 'people') {
            this.emit(`${this.sectionIndent}section: ${oneLineOf(text)}`);
            this.emit(`${this.itemIndent}${NOTES[section]}`);
        } else if (section === 'decision') {
            this.emit(`${this.sectionIndent}decision:`);
            own('decision');
        } else if (section === 'plan' || section === 'outcomes') {
            own(section);
        } else {
            // A header line or a part of the plan: the section's first paragraph goes on its line.
            const label = LABELLED[section]!;
            own(label.slice(0, -1), '  ');
            this.pending = { label, indent: '  ' };
        }
    }

    private startPlan(heading: string | undefined): void {
        this.blank();
        const ownTitle = heading !== undefined && !['plan', 'the plan'].includes(headingKey(heading));
        this.emit(`plan ${quoted(ownTitle ? heading : `${this.title}: plan`)}`);
        if (this.kind === 'assessment') this.emit(`  from: ${this.title}`);
        this.inPlan = true;
    }

    private paragraph(text: string, item: boolean): void {
        if (text.trim() === '') return;
        if (this.pending) {
            // After a label, writing is writing whatever it starts with.
            this.blank();
            this.emit(`${this.pending.indent}${this.pending.label} ${text}`);
            this.pending = undefined;
            return;
        }
        this.blank();
        if (item && this.current?.section === 'outcomes' && this.inPlan) {
            this.emit(`  outcome: ${text}`);
            return;
        }
        this.emit(writingLine(this.itemIndent, text, item));
    }

    private table(rows: readonly string[][]): void {
        this.flushPending();
        const columns = planColumns(rows[0]);
        if (!columns) {
            for (const row of rows) {
                const cells = row.filter(c => c.trim() !== '');
                if (cells.length === 0) continue;
                this.blank();
                this.emit(`${this.itemIndent}- ${cells.join(' | ')}`);
            }
            return;
        }
        if (!this.inPlan) this.startPlan(undefined);
        const head = rows[0];
        let outcome: string | undefined;
        for (const row of rows.slice(1)) {
            const cell = (kind: PlanColumn) => {
                const i = columns.indexOf(kind);
                return i >= 0 ? (row[i] ?? '').trim() : '';
            };
            if (row.every(c => c.trim() === '')) continue;
            const outcomeText = cell('outcome');
            if (outcomeText && outcomeText !== outcome) {
                outcome = outcomeText;
                this.blank();
                this.emit(`  outcome: ${outcomeText}`);
                if (cell('measure')) this.emit(`    measure: ${cell('measure')}`);
            } else if (!columns.includes('action') && cell('measure')) {
                this.emit(`    measure: ${cell('measure')}`);
            }
            const action = cell('action');
            if (action) {
                this.emit(`    action: ${action}`);
                if (cell('who')) this.emit(`      who: ${cell('who')}`);
                if (cell('when')) this.emit(`      by: ${cell('when')}`);
            } else if (outcomeText) {
                if (cell('who')) this.emit(`    # ${head[columns.indexOf('who')]}: ${cell('who')}`);
                if (cell('when')) this.emit(`    # ${head[columns.indexOf('when')]}: ${cell('when')}`);
            }
            // Columns the table has beyond these are kept as notes under the row.
            row.forEach((value, i) => {
                if (columns[i] === undefined && value.trim() !== '') this.emit(`${action ? '      ' : '    '}# ${head[i] ?? `column ${i + 1}`}: ${value.trim()}`);
            });
        }
    }
}

function oneLineOf(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph on one line, read as writing: a list item, or a paragraph that already starts
 * with `- `, is a `- ` entry; a paragraph the lexer would read as something else (a label, a
 * heading, a `>` quote, a `#` comment, a record line) gets `- ` in front, which keeps every
 * character of it as the entry's writing.
 */
export function writingLine(indent: string, text: string, item = false): string {
    if (item) return `${indent}- ${text}`;
    if (/^- \S/.test(text)) return `${indent}${text}`;
    return readsAsPlainWriting(`${indent}${text}`) ? `${indent}${text}` : `${indent}- ${text}`;
}
