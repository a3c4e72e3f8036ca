import type { CodeAction } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../language/src/index.js';
import { onlyAdded } from '../helpers/fixes.js';
import { checkRecords, makeServices, record } from '../helpers/services.js';

const text = record`
    people
      mother Sara "Sara Hassan"
    plan "P"
      outcome attendance: Amira goes to school every day.
        action: Walk Amira to school.
        action: Breakfast club.
          who: Sara
`;

// Only the two rules under test, so that other rules' fixes do not change the counts.
const rules = Object.fromEntries(RULES.map(r => [r.id, ['action/who', 'action/when'].includes(r.id) ? r.severity : 'off' as const]));

async function actionsFor(source: string, only?: string[]) {
    const [document] = await checkRecords({ 'p.plan': source }, { rules });
    const provider = makeServices().AssessmentLens.lsp.CodeActionProvider!;
    const diagnostics = document.diagnostics ?? [];
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics: only ? [] : diagnostics.slice(0, 1), only }
    }) as CodeAction[];
    return { document, actions };
}

describe('fix all', () => {
    test('the editor\'s source.fixAll applies every safe fix at once, and the findings go', async () => {
        const { document, actions } = await actionsFor(text, ['source.fixAll']);
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Fix all 3 findings in this record that have a safe fix', 'source.fixAll']]);
        const fixed = TextDocument.applyEdits(document.textDocument as TextDocument, actions[0].edit!.changes![document.uri.toString()]);
        expect(onlyAdded(text, fixed)).toBe(true);
        const [again] = await checkRecords({ 'p.plan': fixed }, { rules });
        const left = (again.diagnostics ?? []).map(d => `${d.code}:${d.message}`);
        expect(left.filter(m => m.startsWith('action/')).every(m => m.includes('names nobody') || m.includes('is empty'))).toBe(true);
        expect(fixed).toContain('    action: Walk Amira to school.\n      who: \n      by: \n');
    });

    test('the light bulb offers the single fix and the fix-all together', async () => {
        const { actions } = await actionsFor(text);
        expect(actions.map(a => a.title)).toEqual([
            'Add a "who:" line to this action',
            'Fix all 3 findings in this record that have a safe fix'
        ]);
    });

    test('no fix-all when only one finding has a safe fix', async () => {
        const single = record`
            people
              mother Sara "Sara Hassan"
            plan "P"
              outcome attendance: Amira goes to school every day.
                action: Walk Amira to school.
                  who: Sara
        `;
        const { actions } = await actionsFor(single);
        expect(actions.map(a => a.title)).toEqual(['Add a "by:" line to this action']);
    });
});

test('fixes that would insert at the same point inside a line wait for the next round', async () => {
    const rulesOn = Object.fromEntries(RULES.map(r => [r.id, ['action/who', 'language/acronym'].includes(r.id) ? r.severity : 'off' as const]));
    const { safeFixEdits } = await import('../../language/src/lsp/fix-all.js');
    const round = async (source: string) => {
        const [document] = await checkRecords({ 'p.plan': source }, { rules: rulesOn });
        const { edits, count } = safeFixEdits(document);
        return { count, text: TextDocument.applyEdits(document.textDocument as TextDocument, edits) };
    };
    const source = 'people\n  mother Sara "Sara Hassan"\nplan "P"\n  outcome a: Amira goes to school.\n    action: Call the IRO\n';
    const first = await round(source);
    expect(first.count).toBe(1);
    expect(first.text).toContain('    action: Call the IRO\n      who: ');
    const second = await round(first.text);
    expect(second.count).toBe(1);
    expect(second.text).toContain('    action: Call the Independent Reviewing Officer (IRO)\n      who: ');
    expect(onlyAdded(source, second.text)).toBe(true);
});
