import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { HEADINGS, LABELS, NAMED_LABELS, PERSON_HEADINGS, ROLES } from '../../language/src/parser/vocabulary.js';

/** The example records, each with its file name. */
export const EXAMPLES: ReadonlyArray<{ name: string; text: string }> = readdirSync('examples')
    .filter(f => /\.(assessment|plan)$/.test(f))
    .map(name => ({ name, text: readFileSync(join('examples', name), 'utf8') }));

const NAMES = ['Amira', 'Sara', 'Jo', 'School', 'Kai', 'Ruby', 'Leanne', 'Dean', 'Baby', 'shouting', 'school', 'attendance'];
const WORDS = ['the', 'goes', 'to', 'school', 'every', 'day', 'is', 'worried', 'about', 'shouting', 'LAC', 'CIN', 'contact',
    'placement', 'kicking off', 'appears', 'chaotic', 'NHS 943 476 5919', 'LS1 4AP', '07912 345678', 'jo@leeford.org.uk',
    'Amira Hassan', 'born 14/05/2018', '"', '“', '”', "'", '’', '#', '>', '-', ':', ',', 'and', '…', '😀', '\u200b', '\t', 'ﬁ', 'İ'];
const DATES = ['14/05/2018', '2026-05-01', '31/02/2026', '1/1/0001', '99/99/9999', '2026-13-45', '01/12/25', '29/02/2024'];

const labels = [...Object.keys(LABELS), ...NAMED_LABELS.map(l => `${l.keyword} ${NAMES[0]}:`), 'safety goal for shouting:', 'opinion of School:'];
const headings = [...HEADINGS, ...PERSON_HEADINGS.map(h => `${h} Amira`), 'assessment "A"', 'plan "P"', 'assessment', 'plan', 'people:', 'worries'];

/** Something that can follow a label or stand on a line. */
const words = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NAMES), fc.constantFrom(...DATES)), { maxLength: 12 })
    .map(w => w.join(' '));

/** A line in the shape of a record's lines, with any indentation. */
const line = fc.tuple(
    fc.oneof(fc.constant(''), fc.constant('  '), fc.constant('    '), fc.constant('\t'), fc.nat({ max: 40 }).map(n => ' '.repeat(n))),
    fc.oneof(
        fc.tuple(fc.constantFrom(...labels), words).map(([l, w]) => `${l} ${w}`),
        fc.constantFrom(...headings),
        fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...NAMES), fc.option(fc.constantFrom('"Amira Hassan"', '“Sara”', '"'), { nil: undefined }),
            fc.option(fc.constantFrom(', born 14/05/2018', ', due 20/09/2026', ' born', ','), { nil: undefined }), words)
            .map(([role, name, full, birth, rest]) => `${role} ${name}${full ? ' ' + full : ''}${birth ?? ''} ${rest}`),
        words.map(w => `> ${w}`),
        fc.tuple(fc.constantFrom(...DATES), words).map(([d, w]) => `- ${d} ${w}`),
        words.map(w => `# ${w}`),
        fc.constantFrom('# lens-ignore action/who: a reason', '# lens-ignore-file privacy/personal-data: invented', '# lens-ignore', '# lens-ignore-file nothing/here:'),
        words
    )
).map(([indent, text]) => indent + text);

/** Text in the shape of a record: lines made of the format's labels, headings, names and dates. */
export const recordLike: fc.Arbitrary<string> = fc.tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([lines, newline]) => lines.join(newline));

/** Any text at all: any characters (lone surrogates and control characters too), or the format's punctuation. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 600 }),
    fc.string({ unit: fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\t', '>', '-', '#', ':', '"', '“', '”', "'", 'a', 'Z', '1', '/', ',', '\u00a0', '\ufeff'), maxLength: 800 })
);

type Mutation =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'duplicate line' | 'drop line'; line: number }
    | { kind: 'indent'; line: number; by: string }
    | { kind: 'line endings'; newline: string }
    | { kind: 'cut'; at: number }
    | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 300 }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(line.map(l => `\n${l}\n`), words, fc.string({ unit: 'binary', maxLength: 20 })) }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constantFrom('duplicate line' as const, 'drop line' as const), line: fc.nat() }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom('', ' ', '  ', '      ', '\t', ' \t ') }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('line endings' as const), newline: fc.constantFrom('\r\n', '\r', '\n') }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'bom' as const }), weight: 1 }
);

function mutate(text: string, m: Mutation): string {
    const at = (n: number) => n % (text.length + 1);
    const lines = text.split('\n');
    const line = (n: number) => n % lines.length;
    switch (m.kind) {
        case 'delete': return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
        case 'insert': return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
        case 'duplicate line': lines.splice(line(m.line), 0, lines[line(m.line)]); return lines.join('\n');
        case 'drop line': lines.splice(line(m.line), 1); return lines.join('\n');
        case 'indent': lines[line(m.line)] = m.by + lines[line(m.line)].trimStart(); return lines.join('\n');
        case 'line endings': return text.replace(/\r\n|\r|\n/g, m.newline);
        case 'cut': return text.slice(0, at(m.at));
        case 'bom': return '\ufeff' + text;
    }
}

/** An example record with a few random changes: lines lost, doubled or moved in or out, text cut or added. */
export const mutatedExample: fc.Arbitrary<{ name: string; text: string; mutations: Mutation[] }> = fc.tuple(
    fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 8 })
).map(([example, mutations]) => ({ name: example.name, text: mutations.reduce(mutate, example.text), mutations }));

/** An assessment and its plan, each changed a little, checked together (so that the plan links to the assessment). */
export const mutatedPair: fc.Arbitrary<Record<string, string>> = fc.tuple(fc.array(mutation, { maxLength: 4 }), fc.array(mutation, { maxLength: 4 }))
    .map(([a, p]) => ({
        'pair.assessment': a.reduce(mutate, EXAMPLES.find(e => e.name === 'amira-hassan.assessment')!.text),
        'pair.plan': p.reduce(mutate, EXAMPLES.find(e => e.name === 'amira-hassan.plan')!.text)
    }));

/** Where in the text the editor features are asked about. */
export const offsets: fc.Arbitrary<number[]> = fc.array(fc.nat(), { minLength: 2, maxLength: 4 });
