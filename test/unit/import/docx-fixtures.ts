import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Word files made in code for the tests, with the `docx` package: every person, place and date
 * in them is invented.
 */

const heading = (text: string, level: 1 | 2 = 1) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map(c => new TableCell({ children: [para(c)] })) });

async function pack(children: Array<Paragraph | Table>): Promise<Buffer> {
    return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The words of the council-style assessment, in order, for checking that none is lost. */
export const COUNCIL = {
    title: 'Child and Family Assessment for Mia Fenwick',
    referral: 'Greybridge Primary School told us that Mia, aged 8, has come to school hungry on most Mondays this term.',
    voice: 'Mia said she likes drawing with her nan and that Mum is sad in the mornings.',
    voiceOpinion: 'Mum is clearly not coping and presented as hostile when we arrived.',
    health: 'Mia is well and her immunisations are up to date.',
    education: 'fact: Mia attended 88% of sessions this term.',
    parenting: 'It was reported that Dad shouts when he has been drinking.',
    family: 'The family live in a two-bedroom flat in Greybridge.',
    analysis: 'We think Mia is hungry on Mondays because Mum is on her own at weekends and finds mornings hard.',
    decision: 'Child in need plan.',
    contingency: 'If Mia comes to school hungry on two Mondays in a row, the school will ring Priya that day.',
    review: 'Every 6 weeks, with the family and the school.',
    plan: [
        ['Mia has breakfast every school day.', 'Nan gives Mia breakfast on Mondays.', 'Nan', '02/03/2026'],
        ['', 'The school offers Mia a place at breakfast club.', 'Greybridge Primary School', '09/03/2026'],
        ['Mum feels less low in the mornings.', 'Priya helps Mum book a GP appointment.', 'Priya and Mum', 'within 2 weeks']
    ]
};

/** A council-style assessment: a title, numbered headings, sub-headings, and a plan table whose columns are not in the usual order. */
export function councilAssessment(): Promise<Buffer> {
    const c = COUNCIL;
    return pack([
        new Paragraph({ text: c.title, heading: HeadingLevel.TITLE }),
        heading('1. Reason for referral'), para(c.referral),
        heading("2. Child's wishes and feelings"), para(c.voice), para(c.voiceOpinion),
        heading("3. Child's developmental needs"), heading('Health', 2), para(c.health), heading('Education', 2), para(c.education),
        heading('4. Parenting capacity'), para(c.parenting),
        heading('5. Family and environmental factors'), para(c.family),
        heading('6. Analysis'), para(c.analysis),
        heading('7. Decision'), para(c.decision),
        heading('8. Plan'),
        new Table({ rows: [row(['Who', 'Outcome', 'Action', 'By when'].map(String)), ...c.plan.map(([o, a, w, b]) => row([w, o, a, b]))] }),
        heading('9. Contingency plan'), para(c.contingency),
        heading('10. Review arrangements'), para(c.review)
    ]);
}

export const PLAIN = [
    'Visited the home on Tuesday. Mum presented as hostile and the LAC review was discussed.',
    'Strengths',
    '# not a comment: the family kept every appointment.',
    '> not a quote either.'
];

/** Paragraphs and nothing else: no headings at all (one of them only a heading's word). */
export function noHeadings(): Promise<Buffer> {
    return pack(PLAIN.map(para));
}

/** Headings no template uses, with writing under them. */
export function unknownHeadings(): Promise<Buffer> {
    return pack([heading("Jack's world"), para('Jack loves football and his dog Biscuit.'), heading('Things we talked about'), para('We talked about school and about his dad.')]);
}

/** A Word file with nothing in it. */
export function emptyDocument(): Promise<Buffer> {
    return pack([]);
}

/** A file named .docx that is a damaged zip archive. */
export function corruptDocument(): Buffer {
    return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('this archive was cut short '.repeat(20))]);
}
