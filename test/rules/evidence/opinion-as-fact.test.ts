import { expect, test } from 'vitest';
import { evidenceOpinionAsFact } from '../../../language/src/rules/evidence/opinion-as-fact.js';
import { applyFix, expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { findings, record } from '../../helpers/services.js';

const head = record`
    assessment "Assessment for Mia"
      lead: Hannah
    people
      child Mia "Mia Carter", born 03/09/2018
      mother Kelly "Kelly Carter"
      worker Hannah "Hannah Price", social worker
      agency School "Oakfield Primary School"
`;

ruleCases(evidenceOpinionAsFact, {
    valid: [
        {
            name: 'plain facts, with figures and dates',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  fact: Mia arrived after 9:15am on 11 of the 20 school days in January.
                    source: School, attendance register, 01/02/2026
                  Kelly has always lived in Millbrook. Mia has never been to the dentist.
            `
        },
        {
            name: "a judgement in someone's own words, in quotes or after a named speaker",
            file: 'record.assessment',
            text: head + record`
                views of Kelly
                  Kelly said "the flat is chaotic" and that she is not coping since Lee left.
                  The school said Mia is always tired and hungry.
                  > I'm not coping with the two of them.
            `
        },
        {
            name: 'a view with an owner: the school thinks, in the health visitor\'s view',
            file: 'record.assessment',
            text: head + record`
                developmental needs
                  The school is worried that Mia is falling behind. In the health visitor's view, Mia is happy at home.
            `
        },
        {
            name: 'your own view, with what it is based on in the same paragraph',
            file: 'record.assessment',
            text: head + record`
                analysis
                  We thought Mia's lateness might come from nights when Kelly was unwell.
                  The attendance register and Mia's own words both fit this.
            `
        },
        {
            name: 'an opinion is an opinion: it is not read as a fact',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  opinion of Hannah: The home is chaotic and Kelly appears to be struggling.
                    based on: home visits on 21/01/2026 and 04/02/2026
            `
        }
    ],
    invalid: [
        {
            name: 'judgement words in a fact',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  fact: Kelly's home is chaotic and she is not coping.
                    source: Hannah, home visit, 21/01/2026
            `,
            lines: [9, 9],
            messageIncludes: 'In this fact'
        },
        {
            name: 'guesses, "consistent with" and a view with no owner in plain writing',
            file: 'record.assessment',
            text: head + record`
                analysis
                  Kelly appears to be struggling and there are a number of concerns. This is
                  consistent with neglect.
            `,
            lines: [9, 9, 9, 10],
            messageIncludes: 'written as a fact'
        },
        {
            name: 'your own view with nothing it is based on',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  I feel that Kelly struggles to put routines in place.
            `,
            lines: [9],
            messageIncludes: 'your own view'
        },
        {
            name: 'what someone else thinks or feels, and an absolute',
            file: 'record.assessment',
            text: head + record`
                views of Kelly
                  Kelly doesn't care about school. Mia is always hungry.
            `,
            lines: [9, 9]
        },
        {
            name: 'after a named speaker, a new clause is the writer\'s again',
            file: 'record.assessment',
            text: head + record`
                views of Kelly
                  Kelly says she will go to the parenting course but she is resistant to advice.
            `,
            lines: [9]
        }
    ]
});

test('only the words are pointed at', async () => {
    const found = (await findings(head + record`
        voice of Mia
          Mia appeared happy and was playing on her tablet.
    `, 'record.assessment')).filter(d => d.code === 'evidence/opinion-as-fact');
    expect(found).toHaveLength(1);
    expect(found[0].range).toEqual({ start: { line: 8, character: 6 }, end: { line: 8, character: 20 } });
    expect(found[0].message).toContain('"appeared happy" is a guess or an impression and a claim about what someone else thinks, feels or wants');
});

test('the quick fix makes a fact the lead worker\'s opinion, and its source what it is based on', async () => {
    const text = head + record`
        parenting capacity
          fact: Kelly's home is chaotic.
            source: home visit
    `;
    const fixed = await expectFixed(text, 'evidence/opinion-as-fact', { file: 'record.assessment', insertOnly: false });
    expect(fixed).toBe(text.replace('fact:', 'opinion of Hannah:').replace('source:', 'based on:'));
});

test('a fact with no source gets an empty "based on:" line', async () => {
    const text = head + record`
        parenting capacity
          fact: Kelly is not coping
            with the two children.
        strengths
          Kelly walks Mia to school.
    `;
    const fixed = await expectFixed(text, 'evidence/opinion-as-fact', { file: 'record.assessment', insertOnly: false });
    expect(fixed).toContain('  opinion of Hannah: Kelly is not coping\n    with the two children.\n    based on: \nstrengths');
});

test('the quick fix makes a paragraph an opinion without changing a word of it', async () => {
    const text = head + record`
        parenting capacity
          I feel that Kelly struggles to put routines
          in place for the children.

        strengths
          Kelly walks Mia to school.
    `;
    const fixed = await expectFixed(text, 'evidence/opinion-as-fact', { file: 'record.assessment' });
    expect(fixed).toContain('  opinion of Hannah: I feel that Kelly struggles to put routines\n    in place for the children.\n    based on: \n');
});

test('with no lead worker, the opinion is left for the writer to name', async () => {
    const text = record`
        assessment "Assessment"
        parenting capacity
          fact: The home is chaotic.
    `;
    const fixed = await applyFix(text, 'evidence/opinion-as-fact', { file: 'record.assessment' });
    expect(fixed).toContain('opinion of <whose opinion>: The home is chaotic.');
});
