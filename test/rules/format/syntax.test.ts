import { formatSyntax } from '../../../language/src/rules/format/syntax.js';
import { ruleCases } from '../../helpers/rule-cases.js';
import { record } from '../../helpers/services.js';

ruleCases(formatSyntax, {
    valid: [
        {
            name: 'prose full of quotes, apostrophes, colons and keywords',
            file: 'a.assessment',
            text: record`
                assessment "A"
                  purpose: Amira's school said: "she's tired". The plan, the people and the action: all to agree.
                analysis
                  Mother said "who: me?" and laughed. People often worry: that is normal.
                  > I don't like it when it's loud — "really" loud.
            `
        },
        {
            name: 'an empty record',
            text: ''
        }
    ],
    invalid: [
        {
            name: 'progress with no outcome named',
            text: record`
                plan "P"
                  progress on: 12/06/2026 Going well.
            `,
            lines: [2],
            messageIncludes: 'could not read'
        },
        {
            name: 'an opinion of nobody',
            file: 'a.assessment',
            text: record`
                analysis
                  opinion of: Things are better.
            `,
            lines: [2]
        }
    ]
});
