import { languageBlaming } from '../../../language/src/rules/language/blaming.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(languageBlaming, {
    valid: [
        {
            name: 'what happened, described',
            file: 'a.assessment',
            text: record`
                parenting capacity
                  Kelly agreed to three home visits in March and was not at home for two of them.
                  Kai shouted and threw his bag when his teacher asked him to sit down.
            `
        },
        {
            name: 'a parent\'s own words in quotes',
            file: 'a.assessment',
            text: record`
                views of Kelly
                  Kelly said "the school think I'm uncooperative".
            `
        }
    ],
    invalid: [
        {
            name: 'blaming the family, blaming the child, labelling the child',
            file: 'a.assessment',
            text: record`
                parenting capacity
                  Kelly has been uncooperative and there are concerns about disguised compliance.
                  Ruby is putting herself at risk. Kai was kicking off in class.
            `,
            lines: [2, 2, 3, 3],
            messageIncludes: 'blame'
        }
    ]
});
