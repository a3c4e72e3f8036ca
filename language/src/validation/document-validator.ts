import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumCoreServices, type LangiumDocument,
    type ParseResult, type Reference, type ScopeProvider, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../generated/ast.js';
import { runRules } from '../rules/engine.js';
import type { SettingsStore } from '../settings-store.js';

/**
 * All findings come from the rules, so that every one has a rule id, a page that explains it
 * and a severity a team can change. Langium's own parser and linker messages are replaced by
 * the rules `format/syntax` and `reference/undeclared`, which say the same in plain words.
 */
export class RecordDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: SettingsStore;
    private readonly scopes: ScopeProvider;

    constructor(services: LangiumCoreServices & { lens: { Settings: SettingsStore } }) {
        super(services);
        this.settings = services.lens.Settings;
        this.scopes = services.references.ScopeProvider;
    }

    protected override processParsingErrors(_parseResult: ParseResult, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // reported by the rule format/syntax
    }

    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // reported by the rule reference/undeclared
    }

    protected override async validateAst(rootNode: AstNode, _options: ValidationOptions,
        cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        const accept: ValidationAcceptor = (severity, message, info) => {
            diagnostics.push(this.toDiagnostic(severity, message, info));
        };
        await this.settings.ready();
        const document = rootNode.$document as LangiumDocument<Model>;
        await interruptAndCheck(cancelToken);
        const candidates = (node: AstNode, property: string): string[] => {
            const reference = (node as unknown as Record<string, Reference>)[property];
            if (!reference) return [];
            return this.scopes.getScope({ container: node, property, reference }).getAllElements().map(d => d.name).toArray();
        };
        runRules(document, this.settings.current, accept, candidates);
        return diagnostics;
    }
}
