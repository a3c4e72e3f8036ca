import type { editor } from 'monaco-editor/editor/editor.api';
import snippets from '../../../snippets/assessment-lens.json';
import examples from 'playground-data:examples';
import type { Records } from './records.js';

interface Snippet {
    prefix: string | string[];
    description: string;
    body: string[];
}

interface SnippetController extends editor.IEditorContribution {
    insert(template: string): void;
}

/** The editor's snippets that make a whole record (a new assessment, a plan, a safety plan). */
export const TEMPLATES = Object.entries(snippets as Record<string, Snippet>)
    .map(([name, snippet]) => ({ name, description: snippet.description, body: snippet.body.join('\n') }))
    .filter(t => /^(assessment|plan)\s/.test(t.body));

function fill(select: HTMLSelectElement, options: Array<{ value: string; label: string }>): void {
    select.replaceChildren(...options.map(o => Object.assign(document.createElement('option'), { value: o.value, textContent: o.label })));
}

/** Starting a record from a template: its gaps are filled in with Tab, as in VS Code. */
export function wireTemplates(records: Records, view: editor.IStandaloneCodeEditor): void {
    const select = document.getElementById('template-choice') as HTMLSelectElement;
    fill(select, TEMPLATES.map(t => ({ value: t.name, label: `${t.name}: ${t.description}` })));
    document.getElementById('use-template')!.addEventListener('click', () => {
        const template = TEMPLATES.find(t => t.name === select.value);
        if (!template) return;
        const extension = template.body.startsWith('plan') ? '.plan' : '.assessment';
        records.open(records.freeName(extension === '.plan' ? 'new-plan' : 'new-assessment', extension), '');
        view.focus();
        view.getContribution<SnippetController>('snippetController2')?.insert(template.body);
    });
}

/** The invented examples; a plan's assessment (same name) opens beside it, so the plan can point at it. */
export function wireExamples(records: Records): void {
    const select = document.getElementById('example-choice') as HTMLSelectElement;
    fill(select, examples.map(e => ({ value: e.name, label: e.name })));
    document.getElementById('use-example')!.addEventListener('click', () => openExample(records, select.value));
}

export function openExample(records: Records, name: string): void {
    const example = examples.find(e => e.name === name);
    if (!example) return;
    const companion = examples.find(e => e.name === name.replace(/\.plan$/, '.assessment') && e.name !== name);
    if (companion && !records.names.includes(companion.name)) records.add(companion.name, companion.text);
    records.open(example.name, example.text);
}
