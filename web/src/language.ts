/**
 * The record language in Monaco: its colours and its editing rules. Both come from the
 * project's own sources, not copies: the colours from the vocabulary the line lexer reads
 * (language/src/parser/vocabulary.ts), the editing rules from language-configuration.json,
 * which the VS Code extension uses too.
 */
import type { languages } from 'monaco-editor/editor/editor.api';
import configuration from '../../language-configuration.json';
import {
    HEADING_SYNONYMS, HEADINGS, LABEL_SYNONYMS, LABELS, NAMED_LABELS, PERSON_HEADINGS, RECORD_HEADINGS, ROLES
} from '../../language/src/parser/vocabulary.js';
import type { Monaco } from './monaco.js';
import { LANGUAGE_ID } from './lsp-bridge/index.js';

/** A keyword as a pattern: any run of spaces between words, either kind of apostrophe. */
function pattern(word: string): string {
    return word
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/\s+/g, '\\s+');
}

/** Alternatives, longest first so that `seen alone:` wins over `seen:`. */
function anyOf(words: Iterable<string>): string {
    return [...new Set(words)].sort((a, b) => b.length - a.length).map(pattern).join('|');
}

export function monarchGrammar(): languages.IMonarchLanguage {
    const headings = anyOf([...HEADINGS, ...Object.keys(HEADING_SYNONYMS)]);
    const labels = anyOf([...Object.keys(LABELS), ...Object.keys(LABEL_SYNONYMS)]);
    const named = anyOf(NAMED_LABELS.map(l => l.keyword));
    const date = /\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}/;
    const inLine: languages.IMonarchLanguageRule[] = [
        [date, 'number.date'],
        [/"[^"]*"|“[^”]*”/, 'string.quoted'],
        [/[^\s"“\d]+/, ''],
        [/\s+/, 'white'],
        [/./, '']
    ];
    return {
        ignoreCase: true,
        defaultToken: '',
        tokenPostfix: '.record',
        tokenizer: {
            root: [
                [/^\s*#.*$/, 'comment'],
                [new RegExp(`^(${anyOf(RECORD_HEADINGS)})(\\s.*)?$`), ['keyword.heading', 'title']],
                [/^(\s*)(people)(\s*:?\s*)$/, ['white', 'keyword.heading', { token: 'delimiter', next: '@people' }]],
                [new RegExp(`^(\\s*)(${headings})(\\s*:?\\s*)$`), ['white', 'keyword.heading', 'delimiter']],
                [new RegExp(`^(\\s*)(${anyOf(PERSON_HEADINGS)})(\\s+)([^:]+?)(\\s*:?\\s*)$`), ['white', 'keyword.heading', 'white', 'variable.name', 'delimiter']],
                [new RegExp(`^(\\s*)(${named})(\\s+)([^:]*?)(:)`), ['white', 'keyword.label', 'white', 'variable.name', 'keyword.label']],
                [new RegExp(`^(\\s*)(${labels})`), ['white', 'keyword.label']],
                [/^\s*>.*$/, 'string.quote'],
                [/^(\s*)(-)/, ['white', 'delimiter.entry']],
                ...inLine
            ],
            people: [
                [/^\S/, { token: '@rematch', next: '@pop' }],
                [/^\s*#.*$/, 'comment'],
                [new RegExp(`^(\\s+)(${anyOf(ROLES)})(\\s+)([^\\s"“,]+)`), ['white', 'keyword.role', 'white', 'variable.name']],
                ...inLine
            ]
        }
    };
}

/** Colours with at least 4.5:1 contrast on the editor's white background. */
export function defineTheme(monaco: Monaco): string {
    const name = 'assessment-lens-light';
    monaco.editor.defineTheme(name, {
        base: 'vs',
        inherit: true,
        rules: [
            { token: 'comment', foreground: '3b6e22', fontStyle: 'italic' },
            { token: 'keyword.heading', foreground: '0b3f8f', fontStyle: 'bold' },
            { token: 'keyword.label', foreground: '0000c8' },
            { token: 'keyword.role', foreground: '0000c8' },
            { token: 'variable.name', foreground: '6b2d00' },
            { token: 'title', foreground: '1a1a1a', fontStyle: 'bold' },
            { token: 'number.date', foreground: '07613c' },
            { token: 'string', foreground: 'a31515' },
            // the server's colours (semantic tokens)
            { token: 'type', foreground: '5c2d91' },
            { token: 'decorator', foreground: '8a4600', fontStyle: 'underline' },
            { token: 'enumMember', foreground: 'b00020', fontStyle: 'underline' },
            { token: 'variable', foreground: '6b2d00' },
            { token: 'keyword', foreground: '0000c8' }
        ],
        colors: {
            // text in hovers and lists that Monaco draws paler than 4.5:1 by default
            'descriptionForeground': '#4d4d4d',
            'textLink.foreground': '#0b4f9c',
            'textLink.activeForeground': '#0b4f9c',
            'textCodeBlock.background': '#f3f3f3',
            'editorHoverWidget.background': '#ffffff',
            'editorHoverWidget.foreground': '#1b1b1b',
            'editorLineNumber.foreground': '#4f5b66',
            'editorLineNumber.activeForeground': '#1b1b1b'
        }
    });
    return name;
}

type Pattern = string | { pattern: string; flags?: string };
const toRegExp = (p: Pattern): RegExp => typeof p === 'string' ? new RegExp(p) : new RegExp(p.pattern, p.flags);

export function registerRecordLanguage(monaco: Monaco): void {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.assessment', '.plan'], aliases: ['Assessment or plan'] });
    monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, monarchGrammar());
    const { comments, brackets, autoClosingPairs, surroundingPairs, autoCloseBefore, wordPattern, indentationRules } = configuration;
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, {
        comments,
        brackets: brackets as languages.CharacterPair[],
        autoClosingPairs: autoClosingPairs.map(p => ({ open: p.open, close: p.close, notIn: 'notIn' in p ? p.notIn : undefined })),
        surroundingPairs: surroundingPairs.map(([open, close]) => ({ open, close })),
        autoCloseBefore,
        wordPattern: toRegExp(wordPattern),
        indentationRules: {
            increaseIndentPattern: toRegExp(indentationRules.increaseIndentPattern),
            decreaseIndentPattern: toRegExp(indentationRules.decreaseIndentPattern)
        }
    });
}
