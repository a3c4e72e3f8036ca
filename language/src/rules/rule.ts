import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { CalendarDate } from '../dates.js';
import type { Model } from '../generated/ast.js';
import type { LensSettings } from '../settings.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Where a finding points: a node (or one of its properties), or a range of the text. */
export type Target =
    | { node: AstNode; property?: string; index?: number; keyword?: string }
    | { range: Range };

/** What a rule sees while it checks one document. It has no way to read files. */
export interface RuleContext {
    readonly document: LangiumDocument<Model>;
    readonly model: Model;
    readonly settings: LensSettings;
    /** The day the checks count from. */
    readonly today: CalendarDate;
    /** Every node of the given type in the document, in document order (walked once per check run). */
    nodes<T extends AstNode>(is: (node: AstNode) => node is T): T[];
    /** The ids of every rule there is (whether on or off). */
    readonly ruleIds: readonly string[];
    /** The names a reference at this node and property could point at (for suggestions). */
    candidates(node: AstNode, property: string): string[];
    /** Reports a finding; `data` travels with the diagnostic to the rule's quick fixes. */
    report(target: Target, message: string, data?: Record<string, unknown>): void;
}

/** A quick fix: a title a person reads, and the edits it makes (or a command the editor runs). */
export interface Fix {
    title: string;
    edits: TextEdit[];
    /** instead of edits: a command, such as opening the guidance */
    command?: { title: string; command: string; arguments?: unknown[] };
    /** The fix to offer first when there are several. */
    preferred?: boolean;
    /**
     * Safe to apply together with every other such fix, without a person choosing: it only
     * inserts a skeleton to fill in, or makes the one obvious correction.
     */
    fixAll?: boolean;
}

export interface FixContext {
    readonly document: LangiumDocument<Model>;
    readonly diagnostic: Diagnostic;
    /** What the rule attached when it reported the finding. */
    readonly data: Record<string, unknown>;
}

/** One check. Each lives in its own file under `rules/<group>/<name>.ts`, with its page in `docs/rules/<group>/<name>.md`. */
export interface Rule {
    /** `group/name`, as shown to people and used to turn the rule off. */
    readonly id: string;
    readonly severity: Severity;
    /** One line, in plain words: what the rule asks of a record. */
    readonly description: string;
    /**
     * A basic check: it reads each line once, so it stays quick however long the record is, and
     * it still runs on a record too large for every check (see format/too-large).
     */
    readonly basic?: boolean;
    /**
     * A prose check: it reads only writing (sentences and words), so it also makes sense on text
     * that is not yet a record, such as a Word document or a note (see prose-check/).
     */
    readonly prose?: boolean;
    check(context: RuleContext): void;
    fix?(context: FixContext): Fix[];
}
