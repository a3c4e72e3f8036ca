import type { AstNode, LangiumDocument } from 'langium';
import { formatDate, parseDate } from '../dates.js';
import {
    isAgency, isAgreedBy, isAssessment, isChildView, isConsent, isContingency, isDateField, isDecision, isEntry,
    isExtensionField, isFact, isFreeSection, isFromField, isKindField, isLeadField, isNextReviewField, isNotSeenAlone,
    isOpinion, isOrphan, isOutcome, isParagraph, isPeople, isPerson, isPlan, isProgress, isPurposeField, isQuote,
    isReviewField, isSafetyGoal, isSection, isSeen, isTopicSection, isUseField, isViews, isVoice, isVoiceNote,
    isWorries, isWorry,
    type Assessment, type By, type Field, type Model, type Outcome, type Party, type PartyRef, type Plan, type Who
} from '../generated/ast.js';
import type { TeamGlossary } from '../prose/glossary.js';
import { childrenOf } from '../rules/record.js';
import type { Block, Inline, RenderedRecord } from './document.js';
import { ProseReader } from './prose.js';

export interface RenderOptions {
    /** the team's glossary, so that its own terms are explained too */
    glossary?: TeamGlossary;
}

/**
 * Lays out a record (an assessment, a plan, or both in one file) as a plain document for a
 * family: headings in everyday words, a child's own words set apart, facts and opinions
 * labelled, and the plan as a table of outcome, what will happen, who and by when.
 * Nothing is left out and nothing is added except headings and labels.
 */
export function renderRecord(document: LangiumDocument, options: RenderOptions = {}): RenderedRecord {
    const model = document.parseResult.value as Model;
    const walker = new Walker(new ProseReader(document, options.glossary));
    for (const part of model.parts) walker.part(part);
    const first = model.parts.find(p => isAssessment(p) || isPlan(p)) as Assessment | Plan | undefined;
    const title = first?.name?.trim() || (first && isPlan(first) ? 'Plan' : 'Assessment');
    return { title, blocks: walker.blocks };
}

const TOPICS: Record<string, string> = {
    'developmental needs': 'How the children are growing and developing',
    'parenting capacity': 'Looking after the children',
    'family and environment': 'Family, home and community',
    'history': 'What has happened before',
    'culture and identity': 'Culture and identity',
    'strengths': 'What is working well',
    'information from agencies': 'What other services told us',
    'analysis': 'What we think and why',
    'evidence': 'Evidence'
};

const WORRY_KINDS: Record<string, string> = {
    'worry': 'Worry',
    'danger statement': 'Danger statement',
    'complicating factor': 'What makes things harder'
};

const DATE_LABELS: Record<string, string> = {
    'referral:': 'Referral',
    'started:': 'Started',
    'day 10 review:': 'Day 10 review',
    'completed:': 'Completed',
    'updated:': 'Last updated'
};

class Walker {
    readonly blocks: Block[] = [];
    /** whose words a `>` line holds, in the section being read */
    private speaker: { name: string; child: boolean } = { name: 'their', child: false };
    private usedIds = new Set<string>();
    private lastGroup: string | undefined;

    constructor(private readonly prose: ProseReader) {}

    part(node: AstNode): void {
        if (isAssessment(node) || isPlan(node)) this.record(node);
        else if (isSection(node)) this.section(node);
        else this.item(node);
    }

    private push(block: Block, node?: AstNode): void {
        const line = node?.$cstNode?.range.start.line;
        this.blocks.push(line === undefined ? block : { ...block, line });
    }

    private heading(level: 1 | 2 | 3, text: string, node?: AstNode): void {
        this.lastGroup = undefined;
        let id = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'part';
        for (let n = 2; this.usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
        this.usedIds.add(id);
        this.push({ type: 'heading', level, text, id }, node);
    }

    // ------------------------------------------------------------ records

    private record(record: Assessment | Plan): void {
        const plan = isPlan(record);
        this.heading(1, record.name?.trim() || (plan ? 'Plan' : 'Assessment'), record);
        const use = record.fields.find(isUseField)?.value?.trim().toLowerCase();
        if (use === 'exemplar' || use === 'training') {
            this.push({ type: 'notice', text: `This ${plan ? 'plan' : 'assessment'} is an invented example for training. Every person, place and date in it is made up.` }, record);
        }
        this.details(record.fields, record);
        for (const field of record.fields) {
            if (isPurposeField(field) && field.text) {
                this.heading(2, 'Why we did this assessment', field);
                this.push({ type: 'paragraph', text: this.prose.read(field, 'text') }, field);
            } else if (isExtensionField(field) && field.text) {
                this.heading(2, 'Why the assessment took longer', field);
                this.push({ type: 'paragraph', text: this.prose.read(field, 'text') }, field);
            }
        }
        const body: AstNode[] = plan ? [...record.parts, ...record.sections, ...record.items] : [...record.sections, ...record.items];
        body.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        let outcomesShown = false;
        for (const node of body) {
            if (isOutcome(node)) {
                if (!outcomesShown && plan) this.outcomes(record);
                outcomesShown = true;
            } else {
                this.part(node);
            }
        }
    }

    private details(fields: readonly Field[], record?: AstNode): void {
        const rows: Array<{ label: string; text: Inline[] }> = [];
        const shown = fields.filter(f => isKindField(f) || isDateField(f) || isLeadField(f) || isFromField(f) || isReviewField(f) || isNextReviewField(f));
        for (const field of fields) {
            if (isKindField(field) && field.value) rows.push({ label: 'What kind', text: [field.value] });
            else if (isDateField(field) && field.date) rows.push({ label: DATE_LABELS[field.label] ?? field.label, text: [niceDate(field.date) + (field.note ? `, ${field.note}` : '')] });
            else if (isLeadField(field) && field.people.length > 0) rows.push({ label: 'Lead worker', text: [names(field.people)] });
            else if (isFromField(field) && field.assessment?.$refText) rows.push({ label: 'Based on', text: [field.assessment.ref?.name?.trim() || field.assessment.$refText] });
            else if (isReviewField(field) && field.cadence) rows.push({ label: 'How often it is reviewed', text: this.prose.read(field, 'cadence') });
            else if (isNextReviewField(field) && field.date) rows.push({ label: 'Next review', text: [niceDate(field.date) + (field.note ? `, ${field.note}` : '')] });
        }
        if (rows.length > 0) this.push({ type: 'details', rows }, shown[0] ?? record);
    }

    /** Every outcome of a plan in one table: outcome, what will happen, who, by when. */
    private outcomes(plan: Plan): void {
        const outcomes = plan.parts.filter(isOutcome);
        this.heading(2, 'What we will do', outcomes[0]);
        const rows: Inline[][][] = [];
        const rowLines: Array<number | undefined> = [];
        for (const outcome of outcomes) {
            rows.push(...this.outcomeRows(outcome));
            rowLines.push(...outcomeRowLines(outcome));
        }
        this.push({ type: 'table', columns: ['Outcome', 'What will happen', 'Who', 'By when'], rows, rowLines }, outcomes[0]);
    }

    private outcomeRows(outcome: Outcome): Inline[][][] {
        const cell: Inline[] = [...this.prose.read(outcome, 'text')];
        for (const measure of outcome.measures) {
            if (measure.text) cell.push(' How we will know: ', ...this.prose.read(measure, 'text'));
        }
        if (outcome.actions.length === 0) return [[cell, ['Not written yet.'], [], []]];
        return outcome.actions.map((action, i) => [
            i === 0 ? cell : [],
            this.prose.read(action, 'text'),
            [whoOf(action.who)],
            this.byOf(action.by)
        ]);
    }

    private byOf(by: readonly By[]): Inline[] {
        const parts = by.map(b => [b.date ? niceDate(b.date) : '', b.text ?? ''].filter(Boolean).join(', '));
        return [parts.filter(Boolean).join('; ')];
    }

    // ------------------------------------------------------------ sections

    private section(section: AstNode): void {
        if (isPeople(section)) {
            this.heading(2, 'The people in this record', section);
            const rows: Inline[][][] = section.members.map(member => [[fullName(member)], [roleOf(member)], [bornOf(member)], [member.details ?? '']]);
            const rowLines = section.members.map(lineOf);
            if (rows.length > 0) this.push({ type: 'table', columns: ['Name', 'Who they are', 'Born', 'More about them'], rows, rowLines }, section);
            for (const item of section.items) this.item(item);
        } else if (isVoice(section)) {
            const child = section.child?.party?.ref;
            const name = child ? fullName(child) : section.child?.party?.$refText ?? 'The child';
            this.heading(2, `${name}: wishes and feelings`, section);
            this.withSpeaker({ name: child?.name ?? name, child: true }, () => section.items.forEach(i => this.item(i)));
        } else if (isViews(section)) {
            const person = section.person?.party?.ref;
            const name = person ? fullName(person) : section.person?.party?.$refText ?? 'A parent or carer';
            this.heading(2, `What ${name} thinks`, section);
            this.withSpeaker({ name: person?.name ?? name, child: false }, () => section.items.forEach(i => this.item(i)));
        } else if (isTopicSection(section)) {
            this.heading(2, TOPICS[section.topic] ?? capital(section.topic), section);
            section.items.forEach(i => this.item(i));
        } else if (isWorries(section)) {
            this.heading(2, 'What we are worried about', section);
            for (const node of [...section.worries, ...section.items].sort(byPlace)) this.item(node);
        } else if (isDecision(section)) {
            this.heading(2, 'What we decided', section);
            if (section.choice) this.push({ type: 'paragraph', text: this.prose.read(section, 'choice') }, section);
            section.items.forEach(i => this.item(i));
        } else if (isFreeSection(section)) {
            this.heading(2, section.title?.trim() || 'More', section);
            section.items.forEach(i => this.item(i));
        }
    }

    private withSpeaker(speaker: { name: string; child: boolean }, read: () => void): void {
        const before = this.speaker;
        this.speaker = speaker;
        read();
        this.speaker = before;
    }

    // ------------------------------------------------------------ lines

    item(node: AstNode): void {
        if (isQuote(node)) {
            const last = this.blocks[this.blocks.length - 1];
            const words = node.text ?? '';
            if (last?.type === 'words' && last.speaker === this.speaker.name) last.lines.push(words);
            else this.push({ type: 'words', speaker: this.speaker.name, child: this.speaker.child, lines: [words] }, node);
            return;
        }
        if (isEntry(node)) {
            const text: Inline[] = [...(node.date ? [`${niceDate(node.date)}: `] : []), ...this.prose.read(node, 'text')];
            const last = this.blocks[this.blocks.length - 1];
            if (last?.type === 'list') last.items.push(text);
            else this.push({ type: 'list', items: [text] }, node);
            return;
        }
        if (isFact(node)) {
            this.push({ type: 'fact', text: this.prose.read(node, 'text'), source: node.source ? this.prose.read(node, 'source') : undefined }, node);
        } else if (isOpinion(node)) {
            const owner = node.owner?.party?.ref;
            const whose = owner ? fullName(owner) : node.owner?.party?.$refText;
            this.push({ type: 'opinion', whose, text: this.prose.read(node, 'text'), basedOn: node.basis ? this.prose.read(node, 'basis') : undefined }, node);
        } else if (isParagraph(node)) {
            this.push({ type: 'paragraph', text: this.prose.read(node, 'text') }, node);
        } else if (isConsent(node)) {
            this.labelled('Agreement to share information', this.prose.read(node, 'text'), node);
        } else if (isSeen(node)) {
            const when = [node.date ? niceDate(node.date) : '', node.note ?? ''].filter(Boolean).join(', ');
            this.labelled(node.label === 'seen alone:' ? 'Seen on their own' : 'Seen', [when], node);
        } else if (isNotSeenAlone(node)) {
            this.labelled('Not seen on their own', this.prose.read(node, 'reason'), node);
        } else if (isAgreedBy(node)) {
            this.labelled('Agreed by', [names(node.people)], node);
        } else if (isVoiceNote(node)) {
            const name = this.speaker.child ? this.speaker.name : 'the child';
            const label = { 'wishes:': `What ${name} wants`, 'feelings:': `How ${name} feels`, 'worries:': `What worries ${name}`,
                'observed:': 'What we saw', 'communication:': `How ${name} communicates` }[node.label] ?? capital(node.label.replace(/:$/, ''));
            this.labelled(label, this.prose.read(node, 'text'), node);
        } else if (isWorry(node)) {
            this.group('Danger statements and safety goals', isPlan(node.$container), node);
            this.labelled(WORRY_KINDS[node.kind] ?? capital(node.kind), this.prose.read(node, 'text'), node);
        } else if (isSafetyGoal(node)) {
            this.group('Danger statements and safety goals', true, node);
            this.labelled('Safety goal', this.prose.read(node, 'text'), node);
            this.whoAndWhen(node.who, node.by, node);
            for (const m of node.measures) this.labelled('How we will know', this.prose.read(m, 'text'), m);
        } else if (isContingency(node)) {
            this.heading(2, 'If the plan is not working', node);
            this.push({ type: 'paragraph', text: this.prose.read(node, 'text') }, node);
            this.whoAndWhen(node.who, node.by, node);
        } else if (isChildView(node)) {
            const children = childrenOf(node.$container as Plan);
            const names = children.map(c => fullName(c));
            this.heading(2, names.length > 0 ? `What ${joinNames(names)} think${names.length === 1 ? 's' : ''} of this plan` : 'What the children think of this plan', node);
            if (node.text) this.push({ type: 'paragraph', text: this.prose.read(node, 'text') }, node);
            const speaker = children.length === 1 ? { name: children[0].name, child: true } : { name: 'the children', child: true };
            this.withSpeaker(speaker, () => node.items.forEach(q => this.item(q)));
        } else if (isProgress(node)) {
            this.group('Progress', true, node);
            const outcome = node.outcome?.ref?.text ?? node.outcome?.$refText ?? '';
            const text: Inline[] = [[node.date ? niceDate(node.date) : '', outcome ? `on "${outcome}"` : ''].filter(Boolean).join(', ') + ': ', ...this.prose.read(node, 'text')];
            const last = this.blocks[this.blocks.length - 1];
            if (last?.type === 'list' && this.lastGroup === 'Progress') last.items.push(text);
            else this.push({ type: 'list', items: [text] }, node);
        } else if (isOutcome(node)) {
            this.heading(2, 'Outcome', node);
            this.push({ type: 'table', columns: ['Outcome', 'What will happen', 'Who', 'By when'], rows: this.outcomeRows(node), rowLines: outcomeRowLines(node) }, node);
        } else if (isOrphan(node)) {
            this.labelled(capital(node.label.replace(/:$/, '')), [node.values.join(' ')], node);
        } else if (isDateField(node) || isKindField(node) || isLeadField(node) || isFromField(node) || isReviewField(node) || isNextReviewField(node) || isUseField(node)) {
            this.details([node]);
        } else if (isPurposeField(node) || isExtensionField(node)) {
            this.labelled(isPurposeField(node) ? 'Why we did this assessment' : 'Why the assessment took longer', this.prose.read(node, 'text'), node);
        } else if (isSection(node)) {
            this.section(node);
        }
    }

    private group(title: string, show: boolean, node: AstNode): void {
        if (!show || this.lastGroup === title) return;
        this.heading(2, title, node);
        this.lastGroup = title;
    }

    private labelled(label: string, text: Inline[], node: AstNode): void {
        if (text.length === 0 || text.every(t => t === '')) return;
        const group = this.lastGroup;
        this.push({ type: 'labelled', label, text }, node);
        this.lastGroup = group;
    }

    private whoAndWhen(who: readonly Who[], by: readonly By[], node: AstNode): void {
        if (who.some(w => w.people.length > 0)) this.labelled('Who', [whoOf(who)], node);
        const when = this.byOf(by);
        if (when[0] !== '') this.labelled('By when', when, node);
    }
}

function lineOf(node: AstNode): number | undefined {
    return node.$cstNode?.range.start.line;
}

/** The lines the rows of an outcome come from: the outcome itself, then each further action. */
function outcomeRowLines(outcome: Outcome): Array<number | undefined> {
    if (outcome.actions.length === 0) return [lineOf(outcome)];
    return outcome.actions.map((action, i) => i === 0 ? lineOf(outcome) : lineOf(action));
}

function byPlace(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

function niceDate(text: string): string {
    const date = parseDate(text);
    return date ? formatDate(date) : text;
}

function fullName(party: Party): string {
    return ((isPerson(party) || isAgency(party)) && party.fullName?.trim()) || party.name;
}

function nameOf(ref: PartyRef): string {
    const party = ref.party?.ref;
    return party ? fullName(party) : ref.party?.$refText ?? '';
}

function names(refs: readonly PartyRef[]): string {
    return joinNames(refs.map(nameOf).filter(Boolean));
}

function whoOf(who: readonly Who[]): string {
    return names(who.flatMap(w => w.people));
}

function joinNames(list: readonly string[]): string {
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function roleOf(party: Party): string {
    return isPerson(party) ? party.role : 'service or agency';
}

function bornOf(party: Party): string {
    if (!isPerson(party) || !party.birth) return '';
    return `${party.birthLabel === 'due' ? 'due ' : ''}${niceDate(party.birth)}`;
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
