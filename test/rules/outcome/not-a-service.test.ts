import { outcomeNotAService } from '../../../language/src/rules/outcome/not-a-service.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

const people = record`
    people
      child Mia "Mia Carter", born 03/09/2018
      child Jayden "Jayden Carter", born 17/06/2023
      mother Kelly "Kelly Carter"
      agency Health "Millbrook Health Visiting Team"
`;

ruleCases(outcomeNotAService, {
    valid: [
        {
            name: 'changes in the children\'s lives',
            text: people + record`
                plan "Plan"
                  outcome school: Mia goes to school every day, on time, and is ready to learn.
                  outcome talking: Jayden says ten new words by his next check.
                  outcome meals: The children have breakfast and a hot meal every day.
                  outcome attendance: Attendance is 95% or more each half term.
            `
        },
        {
            name: 'a child going to school is not a service',
            text: people + record`
                plan "Plan"
                  outcome school: Mia to attend school every day.
            `
        }
    ],
    invalid: [
        {
            name: 'an adult to attend a course',
            text: people + record`
                plan "Plan"
                  outcome parenting: Mum to attend a parenting course.
            `,
            lines: [7],
            messageIncludes: 'not a change for Mia and Jayden'
        },
        {
            name: 'a declared adult, and an agency, with a task',
            text: people + record`
                plan "Plan"
                  outcome course: Kelly will complete the Triple P programme.
                  outcome checks: Health to monitor Jayden's development.
                  outcome both: Kelly and Health will engage with each other.
            `,
            lines: [7, 8, 9]
        },
        {
            name: 'a referral',
            text: people + record`
                plan "Plan"
                  outcome camhs: Referral to CAMHS for Mia.
                  outcome help: Engage with services.
            `,
            lines: [7, 8]
        },
        {
            name: 'engaging with services, even for a child',
            text: people + record`
                plan "Plan"
                  outcome mia: Mia to engage with services.
            `,
            lines: [7],
            messageIncludes: 'Write what will be different in their lives'
        }
    ]
});
