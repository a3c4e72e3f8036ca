import { expect, test } from 'vitest';
import { evidenceHearsay } from '../../../language/src/rules/evidence/hearsay.js';
import { expectFixed } from '../../helpers/fixes.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const head = record`
    assessment "Assessment for Mia"
      lead: Hannah
    people
      child Mia "Mia Carter", born 03/09/2018
      mother Kelly "Kelly Carter"
      worker Hannah "Hannah Price", social worker
      agency Police "Millbrook Police"
`;

ruleCases(evidenceHearsay, {
    valid: [
        {
            name: 'second-hand, but the sentence names who said it',
            file: 'record.assessment',
            text: head + record`
                information from agencies
                  The police told Hannah on 03/02/2026 that neighbours reported shouting at 11pm.
                  Kelly was described as aggressive by the school.
                  According to Mrs Khan, a neighbour, the children were left alone on 2 February.
            `
        },
        {
            name: 'a fact whose source line names who told you',
            file: 'record.assessment',
            text: head + record`
                family and environment
                  fact: It was reported that the police were called to the flat in 2025.
                    source: Police, incident log, 28/02/2026
            `
        },
        {
            name: 'a child seen alone, and a passive that says who did it',
            file: 'record.assessment',
            text: head + record`
                voice of Mia
                  Mia was seen alone at school on 10/03/2026. She was seen by the school nurse.
            `
        }
    ],
    invalid: [
        {
            name: 'it was reported, apparently, neighbours say',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  It was reported that Kelly leaves the children with different people.
                  Apparently Lee has been back at the flat. Neighbours say the children are alone at night.
            `,
            lines: [9, 10, 10],
            messageIncludes: 'is second-hand'
        },
        {
            name: 'a passive that hides who said or saw it',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  Kelly was described as hostile. Kelly was seen drinking in the park.
            `,
            lines: [9, 9]
        },
        {
            name: 'a fact with no source line',
            file: 'record.assessment',
            text: head + record`
                parenting capacity
                  fact: Kelly is said to have a new partner.
            `,
            lines: [9]
        }
    ]
});

test('for a fact, the quick fix adds a source line: who told you, and when', async () => {
    const fixed = await expectFixed(head + record`
        parenting capacity
          fact: Kelly is said to have a new partner.
    `, 'evidence/hearsay', { file: 'record.assessment' });
    expect(fixed).toContain('  fact: Kelly is said to have a new partner.\n    source: <who told you, and when>');
});

test('for a paragraph, the quick fix makes it a fact with a source line, keeping every word', async () => {
    const fixed = await expectFixed(head + record`
        information from agencies
          It was reported that the police were called
          to the flat last year.

        analysis
          Kelly and Mia need help.
    `, 'evidence/hearsay', { file: 'record.assessment' });
    expect(fixed).toContain('  fact: It was reported that the police were called\n    to the flat last year.\n    source: <who told you, and when>\n\nanalysis');
});
