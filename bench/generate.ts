/**
 * Makes realistic synthetic records of any size for the benchmarks: assessments and plans
 * built from the writing of the strong exemplars in examples/ (their facts, opinions, quotes,
 * worries, outcomes and actions), with invented families put in place of the exemplars'
 * people. The same seed always gives the same records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXEMPLARS = ['amira-hassan.assessment', 'amira-hassan.plan', 'kai-thompson.plan'];

/** A small, fast random number generator, so that the records are the same on every run. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

/** A piece of an exemplar: a labelled line with the lines that run on from it or belong under it. */
interface Block {
    section: string;
    label: string;
    lines: string[];
}

export interface Vocabulary {
    /** facts, opinions and plain paragraphs of the assessment's topic sections */
    evidence: string[][];
    history: string[];
    childQuotes: string[];
    voiceNotes: string[][];
    adultQuotes: string[];
    views: string[][];
    purposes: string[][];
    worries: string[][];
    outcomes: string[][];
    contingencies: string[][];
    childViews: string[][];
    /** the exemplars' short names, each with the place it stands for: child1, mother, worker... */
    slots: Map<string, string>;
}

const TOPICS = ['developmental needs', 'parenting capacity', 'family and environment', 'culture and identity', 'strengths', 'analysis',
    'information from agencies'];

/** A label: up to three words and a colon at the start of a line (`fact:`, `opinion of School:`, `day 10 review:`). */
const LABEL = /^[\p{L}\d][\p{L}\d']*(?: [\p{L}\d'-]+){0,2}:/u;

/** Cuts an exemplar into blocks, one per labelled line, each remembering the section it is in. */
function blocksOf(text: string): Block[] {
    const lines = text.split('\n');
    const blocks: Block[] = [];
    let section = '';
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || /^(assessment|plan) /.test(line)) continue;
        const indent = line.length - line.trimStart().length;
        const person = /^(voice of|views of) \S+$/.exec(trimmed);
        if (person || TOPICS.includes(trimmed) || ['people', 'worries', 'history'].includes(trimmed)) {
            section = person ? person[1] : trimmed;
            continue;
        }
        const label = /^(fact:|opinion(?: of \S+)?:|>|wishes:|feelings:|observed:|- |worry \S+:|danger statement \S+:|complicating factor \S+:|outcome \S+:|contingency:|child's view:|consent:|purpose:|seen:|seen alone:)/.exec(trimmed)?.[1]
            ?? (LABEL.test(trimmed) ? 'field' : 'paragraph');
        const block: Block = { section, label, lines: [line.slice(indent)] };
        // Lines indented further run on (or belong under it); a paragraph also runs on at its own indentation.
        while (i + 1 < lines.length) {
            const next = lines[i + 1];
            const nextIndent = next.length - next.trimStart().length;
            const nextTrimmed = next.trim();
            if (nextTrimmed === '' || nextTrimmed.startsWith('#')) break;
            const runsOn = nextIndent > indent
                || (label === 'paragraph' && nextIndent === indent && !LABEL.test(nextTrimmed) && !/^(>|- )/.test(nextTrimmed));
            if (!runsOn) break;
            block.lines.push(' '.repeat(nextIndent - indent) + nextTrimmed);
            i++;
        }
        blocks.push(block);
    }
    return blocks;
}

/** Reads the strong exemplars once. */
export function loadVocabulary(examples = 'examples'): Vocabulary {
    const blocks: Block[] = [];
    const slots = new Map<string, string>();
    for (const name of EXEMPLARS) {
        const text = readFileSync(join(examples, name), 'utf8');
        const counts: Record<string, number> = {};
        for (const m of text.matchAll(/^\s*(child|mother|father|grandmother|aunt|worker) (\p{L}+)/gmu)) {
            const role = m[1];
            counts[role] = (counts[role] ?? 0) + 1;
            if (!slots.has(m[2])) slots.set(m[2], counts[role] === 1 ? role : `${role}${counts[role]}`);
        }
        blocks.push(...blocksOf(text));
    }
    const texts = (keep: (b: Block) => boolean) => blocks.filter(keep).map(b => b.lines);
    return {
        evidence: texts(b => TOPICS.includes(b.section) && ['fact:', 'paragraph'].includes(b.label) || /^opinion/.test(b.label)),
        history: texts(b => b.label === '- ').map(l => l[0]),
        childQuotes: texts(b => b.section === 'voice of' && b.label === '>').map(l => l[0]),
        voiceNotes: texts(b => b.section === 'voice of' && ['wishes:', 'feelings:', 'observed:'].includes(b.label)),
        adultQuotes: texts(b => b.section === 'views of' && b.label === '>').map(l => l[0]),
        views: texts(b => b.section === 'views of' && b.label === 'paragraph'),
        purposes: texts(b => b.label === 'purpose:'),
        worries: texts(b => /^(worry|danger statement|complicating factor) /.test(b.label)),
        outcomes: texts(b => b.label.startsWith('outcome ')),
        contingencies: texts(b => b.label === 'contingency:'),
        childViews: texts(b => b.label === "child's view:"),
        slots
    };
}

const FIRST_NAMES = {
    child: ['Ella', 'Noah', 'Maya', 'Leo', 'Zara', 'Finn', 'Isla', 'Omar', 'Ava', 'Theo', 'Hana', 'Alfie', 'Layla', 'Reuben', 'Esme', 'Ibrahim'],
    woman: ['Claire', 'Nadia', 'Joanne', 'Rachel', 'Aisha', 'Megan', 'Lucy', 'Fatima', 'Kerry', 'Bushra'],
    man: ['Tom', 'Gareth', 'Samir', 'Darren', 'Paul', 'Kwame', 'Stefan', 'Mark', 'Tariq', 'Craig'],
    older: ['Maureen', 'Shirley', 'Pauline', 'Yvonne', 'Margaret', 'Nasreen'],
    worker: ['Sam', 'Alex', 'Chris', 'Nikki', 'Raj', 'Beth', 'Ollie', 'Dev']
};
const SURNAMES = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nowak', 'Patel', 'Roberts', 'Taylor'];

interface Family {
    surname: string;
    names: Record<string, string>;
    worries: string[];
}

function family(next: () => number): Family {
    const names: Record<string, string> = {};
    const used = new Set<string>();
    const fresh = (list: readonly string[]) => {
        for (;;) {
            const name = pick(next, list);
            if (!used.has(name)) {
                used.add(name);
                return name;
            }
        }
    };
    names.child = fresh(FIRST_NAMES.child);
    names.child2 = fresh(FIRST_NAMES.child);
    names.mother = fresh(FIRST_NAMES.woman);
    names.father = fresh(FIRST_NAMES.man);
    names.father2 = fresh(FIRST_NAMES.man);
    names.aunt = fresh(FIRST_NAMES.woman);
    names.grandmother = fresh(FIRST_NAMES.older);
    names.worker = fresh(FIRST_NAMES.worker);
    return { surname: pick(next, SURNAMES), names, worries: [] };
}

/** Puts the family's names in place of the exemplar's, wherever they stand as whole words. */
function rename(lines: readonly string[], vocabulary: Vocabulary, fam: Family): string[] {
    return lines.map(line => line.replace(/\p{L}+/gu, word => {
        const slot = vocabulary.slots.get(word);
        return slot ? fam.names[slot] ?? word : word;
    }));
}

const indent = (lines: readonly string[], by: string) => lines.map(l => by + l).join('\n');

/** A day before the records' dates of completion (in the first months of 2026), or in an earlier year. */
function date(next: () => number, year = 2026): string {
    const months = year === 2026 ? 4 : 12;
    return `${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/${String(1 + Math.floor(next() * months)).padStart(2, '0')}/${year}`;
}

/** A day between the assessment's start and its completion. */
const visit = (next: () => number) => `${String(3 + Math.floor(next() * 26)).padStart(2, '0')}/03/2026`;

export interface RecordOptions {
    /** roughly how many characters the record should have; a typical record when not given */
    size?: number;
    seed?: number;
}

/** A child and family assessment, as long as asked for (it grows by adding evidence and history). */
export function generateAssessment(vocabulary: Vocabulary, options: RecordOptions = {}): { title: string; text: string; worries: string[] } {
    const next = random(options.seed ?? 1);
    const fam = family(next);
    const n = fam.names;
    const title = `Child and family assessment for ${n.child} ${fam.surname} ${options.seed ?? 1}`;
    const say = (lines: readonly string[]) => rename(lines, vocabulary, fam);
    const worries = vocabulary.worries.map(w => say(w));
    fam.worries = worries.map(w => /^(?:worry|danger statement|complicating factor) (\S+):/.exec(w[0])![1]);
    const head = [
        '# A synthetic record for measuring speed. Every person, place and date in it is invented.',
        '',
        `assessment "${title}"`,
        '  kind: single assessment',
        '  referral: 02/03/2026',
        '  started: 03/03/2026',
        '  day 10 review: 16/03/2026',
        '  completed: 20/04/2026',
        `  lead: ${n.worker}`,
        indent(say(pick(next, vocabulary.purposes)), '  '),
        '',
        'people',
        `  child ${n.child} "${n.child} ${fam.surname}", born 14/05/2018, lives at home`,
        `  child ${n.child2} "${n.child2} ${fam.surname}", born 01/12/2023, lives at home`,
        `  mother ${n.mother} "${n.mother} ${fam.surname}"`,
        `  father ${n.father} "${n.father} ${pick(next, SURNAMES)}", lives apart`,
        `  father ${n.father2} "${n.father2} ${pick(next, SURNAMES)}", ${n.child2}'s dad`,
        `  grandmother ${n.grandmother} "${n.grandmother} ${pick(next, SURNAMES)}", lives nearby`,
        `  aunt ${n.aunt} "${n.aunt} ${fam.surname}"`,
        `  worker ${n.worker} "${n.worker} ${pick(next, SURNAMES)}", social worker`,
        '  agency School "Riverside Primary School"',
        '  agency Police "Eastbrook Police"',
        '  agency Health "Eastbrook Health Visiting Team"',
        '  agency Nursery "Little Acorns Nursery"',
        '  agency Recovery "Brightwater Recovery Service"',
        ''
    ];
    const voice = (child: string) => [
        `voice of ${child}`,
        `  seen: ${visit(next)} at home, with ${n.mother}`,
        `  seen alone: ${visit(next)} at school`,
        ...Array.from({ length: 3 }, () => '  ' + say([pick(next, vocabulary.childQuotes)])[0]),
        indent(say(pick(next, vocabulary.voiceNotes)), '  '),
        ''
    ];
    const views = (who: string) => [
        `views of ${who}`,
        '  ' + say([pick(next, vocabulary.adultQuotes)])[0],
        indent(say(pick(next, vocabulary.views)), '  '),
        ''
    ];
    const sections: Record<string, string[]> = Object.fromEntries(TOPICS.map(t => [t, []]));
    const history: string[] = [];
    const body = () => [
        ...['developmental needs', 'parenting capacity', 'family and environment'].flatMap(t => [t, ...sections[t], '']),
        'history', ...history, '',
        ...['culture and identity', 'strengths'].flatMap(t => [t, ...sections[t], '']),
        'worries', ...worries.map(w => indent(w, '  ')), '',
        'information from agencies',
        `  consent: ${n.mother} agreed on 03/03/2026 that ${n.worker} could speak to the school, the health visitor and the police.`,
        ...sections['information from agencies'], '',
        'analysis', ...sections.analysis, '',
        'decision: child in need plan',
        `  ${n.child} and ${n.child2} are children in need.`,
        ''
    ];
    const grow = (count: number) => {
        for (let i = 0; i < count; i++) {
            const topic = pick(next, ['developmental needs', 'parenting capacity', 'family and environment', 'strengths', 'analysis', 'history']);
            if (topic === 'history') history.push(`  - ${date(next, 2015 + Math.floor(next() * 11))} ${say([pick(next, vocabulary.history)])[0].replace(/^- \S+ /, '')}`);
            else sections[topic].push(indent(say(pick(next, vocabulary.evidence)), '  '));
        }
    };
    const fixed = [...head, ...voice(n.child), ...voice(n.child2), ...views(n.mother), ...views(n.father), ...views(n.father2)];
    grow(24);
    const target = options.size;
    if (target) {
        const fixedLength = fixed.join('\n').length;
        // Grow in steps, measuring as it goes, so that the record ends near the size asked for.
        for (let length = fixedLength + body().join('\n').length; length < target; length = fixedLength + body().join('\n').length) {
            grow(Math.max(1, Math.floor((target - length) / 160)));
        }
    }
    return { title, text: [...fixed, ...body()].join('\n'), worries: fam.worries };
}

/** A plan for an assessment: outcomes (with measures and actions), a contingency and the child's view. */
export function generatePlan(vocabulary: Vocabulary, assessment: { title: string; worries: string[] }, options: RecordOptions = {}): string {
    const next = random((options.seed ?? 1) * 7919);
    // The same family as the assessment's: it is the first thing drawn from the same seed there.
    const fam = family(random(options.seed ?? 1));
    const say = (lines: readonly string[]) => rename(lines, vocabulary, fam);
    const outcome = (i: number) => {
        const lines = say(pick(next, vocabulary.outcomes)).map(l => l
            .replace(/^outcome (\S+):/, `outcome $1-${i}:`)
            .replace(/^(\s*addresses:).*/, `$1 ${[pick(next, assessment.worries), pick(next, assessment.worries)].filter((w, j, a) => a.indexOf(w) === j).join(', ')}`));
        return indent(lines, '  ') + '\n';
    };
    const head = [
        '# A synthetic plan for measuring speed. Every person, place and date in it is invented.',
        '',
        `plan "Child in need plan ${options.seed ?? 1}"`,
        '  kind: child in need plan',
        `  from: ${assessment.title}`,
        `  lead: ${fam.names.worker}`,
        '  started: 01/05/2026',
        '  review: every 6 weeks',
        '  next review: 24/07/2026',
        ''
    ].join('\n');
    const tail = [
        indent(say(pick(next, vocabulary.contingencies)), '  '),
        '',
        indent(say(pick(next, vocabulary.childViews)), '  '),
        ''
    ].join('\n');
    const outcomes: string[] = [outcome(1), outcome(2), outcome(3)];
    while (options.size && head.length + outcomes.join('\n').length + tail.length < options.size) outcomes.push(outcome(outcomes.length + 1));
    return [head, ...outcomes, tail].join('\n');
}

/** A family's assessment and plan, of typical length. */
export function generateFamily(vocabulary: Vocabulary, seed: number): { assessment: string; plan: string } {
    const assessment = generateAssessment(vocabulary, { seed });
    return { assessment: assessment.text, plan: generatePlan(vocabulary, assessment, { seed }) };
}
