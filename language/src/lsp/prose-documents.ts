import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AssessmentLensServices } from '../assessment-lens-module.js';
import { checkProse, type ProseFinding, type ProseKind } from '../prose-check/check-prose.js';
import { proseWanted } from '../prose-check/wanted.js';
import { ruleDocUrl } from '../rules/engine.js';
import type { Severity } from '../rules/rule.js';
import { SECTION } from './settings-sync.js';

/** The editor's language ids the prose checks read. */
const KINDS: Readonly<Record<string, ProseKind>> = { plaintext: 'text', markdown: 'markdown' };

const DELAY_MS = 300;

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** Findings as the editor shows them, each with its rule's id and page. */
export function proseDiagnostics(findings: readonly ProseFinding[], docsBase: (id: string) => string | undefined): Diagnostic[] {
    return findings.map(f => {
        const href = docsBase(f.rule);
        return {
            range: f.range, severity: LSP_SEVERITY[f.severity], code: f.rule, source: 'assessment-lens', message: f.message,
            ...(href ? { codeDescription: { href } } : {})
        };
    });
}

/**
 * Runs the prose checks (plain language, facts and opinions, personal details) on plain-text
 * and Markdown files open in the editor, when the person turns them on with the setting
 * `assessmentLens.prose.enable` (off by default, so that unrelated notes are left alone) or a
 * file asks for them itself. They are not records: only their writing is checked.
 */
export function checkProseDocuments(shared: LangiumSharedServices, language: AssessmentLensServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const documents = shared.workspace.TextDocuments;
    const provider = shared.workspace.ConfigurationProvider;
    let enabled = false;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const shown = new Set<string>();

    const check = (document: TextDocument) => {
        const kind = KINDS[document.languageId];
        if (!kind) return;
        const text = document.getText();
        if (!proseWanted(text, enabled)) {
            if (shown.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
            return;
        }
        const settings = language.lens.Settings.current;
        const findings = checkProse(text, { kind, settings });
        shown.add(document.uri);
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: proseDiagnostics(findings, id => ruleDocUrl(id, settings)) });
    };
    const later = (document: TextDocument) => {
        if (!KINDS[document.languageId]) return;
        clearTimeout(timers.get(document.uri));
        timers.set(document.uri, setTimeout(() => {
            timers.delete(document.uri);
            const current = documents.get(document.uri);
            if (current) check(current);
        }, DELAY_MS));
    };
    const checkAll = () => {
        for (const document of documents.all()) later(document);
    };

    documents.onDidChangeContent(change => later(change.document));
    documents.onDidClose(change => {
        clearTimeout(timers.get(change.document.uri));
        timers.delete(change.document.uri);
        if (shown.delete(change.document.uri)) void connection.sendDiagnostics({ uri: change.document.uri, diagnostics: [] });
    });
    provider.onConfigurationSectionUpdate(update => {
        if (update.section !== SECTION) return;
        enabled = enabledIn(update.configuration);
        checkAll();
    });
    void provider.ready.then(async () => {
        enabled = enabledIn({ prose: await provider.getConfiguration(language.LanguageMetaData.languageId, 'prose') });
        checkAll();
    });
}

/** `assessmentLens.prose.enable` (also as the dotted key some editors send). */
function enabledIn(configuration: unknown): boolean {
    if (typeof configuration !== 'object' || configuration === null) return false;
    const c = configuration as Record<string, unknown>;
    const prose = c.prose as Record<string, unknown> | undefined;
    return prose?.enable === true || c['prose.enable'] === true;
}
