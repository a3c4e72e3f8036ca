import { readFileSync } from 'node:fs';

const assessment = readFileSync('examples/amira-hassan.assessment', 'utf8');
const plan = readFileSync('examples/amira-hassan.plan', 'utf8');

/** An assessment of about `size` characters: the exemplar's header and people, then its sections over and over. */
export function longRecord(size: number): string {
    const start = assessment.indexOf('voice of Amira');
    const head = assessment.slice(0, start);
    const body = assessment.slice(start) + '\n';
    return (head + body.repeat(Math.ceil((size - head.length) / body.length))).slice(0, size);
}

/** Awkward records, each with what makes it awkward. The text is what an editor would send. */
export const ODD_RECORDS: ReadonlyArray<{ name: string; file: string; text: () => string }> = [
    {
        name: 'a 1 MB line',
        file: 'long-line.assessment',
        text: () => `${assessment}\nanalysis\n  fact: ${'Amira said she likes school and her friend Lily. '.repeat(Math.ceil(1_000_000 / 49)).slice(0, 1_000_000)}\n`
    },
    {
        name: 'a line 10,000 levels deep, under a staircase of 3,000 lines each one step deeper',
        file: 'deep.assessment',
        text: () => [
            assessment,
            'analysis',
            ...Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i + 2)}fact: step ${i} of the staircase.`),
            `${'  '.repeat(10_000)}opinion: ten thousand levels in.`,
            `${'\t'.repeat(10_000)}> a quote ten thousand tabs in`,
            ''
        ].join('\n')
    },
    {
        name: 'no line breaks at all (1 MB)',
        file: 'one-line.plan',
        text: () => (plan.replace(/\r?\n/g, ' ') + ' ').repeat(Math.ceil(1_000_000 / plan.length)).slice(0, 1_000_000)
    },
    {
        name: 'mixed line endings',
        file: 'mixed.assessment',
        text: () => assessment.split('\n').map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('')
    },
    {
        name: 'a byte order mark',
        file: 'bom.plan',
        text: () => '\ufeff' + plan
    },
    {
        name: 'characters an editor shows for invalid UTF-8, lone surrogates and control characters',
        file: 'garbled.assessment',
        text: () => assessment.replace(/Amira/g, 'Am\ufffdra').replace(/Sara/g, 'S\ud800ra').replace(/school/g, 'sch\u0001\u0007ol\u202e')
    }
];

/** Bytes that are not valid UTF-8, in a record otherwise like the exemplar. */
export function invalidUtf8(): Buffer {
    const text = Buffer.from(assessment, 'utf8');
    const bad = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80]);
    const at = text.indexOf('fact:');
    return Buffer.concat([text.subarray(0, at), bad, text.subarray(at)]);
}

/** How long the 10 MB record may take: the server and the command line skip the costly checks on a record this large (format/too-large). */
export const BIG_RECORD_SECONDS = 20;
