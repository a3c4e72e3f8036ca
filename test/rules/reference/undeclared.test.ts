import { expect, test } from 'vitest';
import { closest, referenceUndeclared } from '../../../language/src/rules/reference/undeclared.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { checkRecords, record } from '../../helpers/services.js';

const people = record`
    people
      mother Sara "Sara Hassan"
      agency School "Riverside Primary School"
`;

ruleCases(referenceUndeclared, {
    valid: [
        {
            name: 'a group on a who line is left to action/who to explain',
            text: people + record`
                plan "P"
                  outcome attendance: Amira goes to school.
                    action: Walk to school.
                      who: the family
                      by: 01/05/2026
            `
        },
        {
            name: 'declared people, whatever their capitals',
            text: people + record`
                plan "P"
                  lead: sara
                  outcome attendance: Amira goes to school.
                    action: Walk to school.
                      who: Sara and SCHOOL
                      by: 01/05/2026
                  progress on attendance: 12/06/2026 Going well.
            `
        }
    ],
    invalid: [
        {
            name: 'a misspelt name and a person never declared',
            text: people + record`
                plan "P"
                  outcome attendance: Amira goes to school.
                    action: Walk to school.
                      who: Sarah, Idris
                      by: 01/05/2026
            `,
            lines: [7, 7],
            messageIncludes: 'is not in the people section'
        },
        {
            name: 'a plan from an assessment that does not exist',
            text: record`
                plan "P"
                  from: An assessment nobody wrote
            `,
            lines: [2],
            messageIncludes: 'No assessment called'
        },
        {
            name: 'progress on an outcome that does not exist',
            text: record`
                plan "P"
                  progress on attendence: 12/06/2026 Going well.
            `,
            lines: [2]
        }
    ]
});

test('a plan uses the people and worries of the assessment it comes from, in another file', async () => {
    const [assessment, plan] = await checkRecords({
        'a.assessment': record`
            assessment "Assessment for Amira"
            people
              mother Sara "Sara Hassan"
            worries
              worry school: Amira misses school.
        `,
        'a.plan': record`
            plan "Plan for Amira"
              from: assessment for amira
              outcome attendance: Amira goes to school.
                addresses: school
                action: Walk to school.
                  who: Sara
                  by: 01/05/2026
        `
    });
    expect(assessment.diagnostics?.filter(d => d.code === referenceUndeclared.id)).toEqual([]);
    expect(plan.diagnostics?.filter(d => d.code === referenceUndeclared.id)).toEqual([]);
});

test('another family\'s record in the same folder is not searched', async () => {
    const [, plan] = await checkRecords({
        'other.assessment': record`
            assessment "Another family"
            people
              mother Sara "Sara Jones"
        `,
        'a.plan': record`
            plan "Plan for Amira"
              outcome attendance: Amira goes to school.
                action: Walk to school.
                  who: Sara
                  by: 01/05/2026
        `
    });
    expect(plan.diagnostics?.filter(d => d.code === referenceUndeclared.id).map(d => d.range.start.line)).toEqual([3]);
});

test('suggestions are close names only', () => {
    expect(closest('Sarah', ['Sara', 'Idris', 'Jo'])).toEqual(['Sara']);
    expect(closest('jo', ['Jo', 'Joe'])).toEqual(['Jo']);
    expect(closest('Bob', ['Sara', 'Idris'])).toEqual([]);
});
