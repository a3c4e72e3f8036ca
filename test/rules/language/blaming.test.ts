import { expect, test } from 'vitest';
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

test('where only guidance helps, the quick fix opens the rule\'s page instead of changing words', async () => {
    const { checkRecords, makeServices } = await import('../../helpers/services.js');
    const [document] = await checkRecords({ 'a.assessment': 'parenting capacity\n  Kelly has been uncooperative.\n' });
    const diagnostic = document.diagnostics!.find(d => d.code === 'language/blaming')!;
    const actions = await makeServices().AssessmentLens.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as Array<{ title: string; edit?: unknown; command?: { command: string; arguments: string[] } }>;
    expect(actions).toEqual([{
        title: 'Show the guidance on "uncooperative"', kind: 'quickfix', diagnostics: [diagnostic],
        command: { title: 'Show the guidance on "uncooperative"', command: 'assessmentLens.showGuidance', arguments: ['file:///docs/rules/language/blaming.md'] }
    }]);
});
