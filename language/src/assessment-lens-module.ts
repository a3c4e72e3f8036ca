import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { AssessmentLensGeneratedModule, AssessmentLensGeneratedSharedModule } from './generated/module.js';
import { RecordCodeActionProvider } from './lsp/code-actions.js';
import { RecordCodeLensProvider } from './lsp/code-lenses.js';
import { RecordCompletionProvider } from './lsp/completion.js';
import { RecordDocumentLinkProvider } from './lsp/document-links.js';
import { RecordInlayHintProvider } from './lsp/inlay-hints.js';
import { RecordCommandHandler } from './lsp/commands.js';
import { RecordDocumentBuilder } from './lsp/document-builder.js';
import { RecordDocumentSymbolProvider } from './lsp/document-symbols.js';
import { RecordDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { RecordFormatter } from './lsp/formatter.js';
import { RecordHoverProvider } from './lsp/hover.js';
import { RecordSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { LensConfigurationProvider } from './lsp/settings-sync.js';
import { LineLexer } from './parser/line-lexer.js';
import { RecordValueConverter } from './parser/value-converter.js';
import { RecordScopeComputation } from './references/scope-computation.js';
import { RecordScopeProvider } from './references/scope-provider.js';
import { SettingsStore } from './settings-store.js';
import { RecordDocumentValidator } from './validation/document-validator.js';

/** Services of our own, beside Langium's. */
export interface AssessmentLensAddedServices {
    lens: {
        Settings: SettingsStore;
    };
}

export type AssessmentLensServices = LangiumServices & AssessmentLensAddedServices;

export const AssessmentLensModule: Module<AssessmentLensServices, PartialLangiumServices & AssessmentLensAddedServices> = {
    lens: {
        Settings: () => new SettingsStore()
    },
    parser: {
        Lexer: services => new LineLexer(services),
        ValueConverter: () => new RecordValueConverter()
    },
    references: {
        ScopeComputation: services => new RecordScopeComputation(services),
        ScopeProvider: services => new RecordScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new RecordDocumentValidator(services)
    },
    lsp: {
        HoverProvider: services => new RecordHoverProvider(services),
        SemanticTokenProvider: services => new RecordSemanticTokenProvider(services),
        Formatter: services => new RecordFormatter(services),
        DocumentSymbolProvider: services => new RecordDocumentSymbolProvider(services),
        CodeActionProvider: () => new RecordCodeActionProvider(),
        CodeLensProvider: () => new RecordCodeLensProvider(),
        InlayHintProvider: services => new RecordInlayHintProvider(services.lens.Settings),
        CompletionProvider: services => new RecordCompletionProvider(services),
        DocumentLinkProvider: services => new RecordDocumentLinkProvider(services.lens.Settings)
    }
};

export const AssessmentLensSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        ConfigurationProvider: services => new LensConfigurationProvider(services),
        DocumentBuilder: services => new RecordDocumentBuilder(services)
    },
    lsp: {
        DocumentUpdateHandler: services => new RecordDocumentUpdateHandler(services),
        ExecuteCommandHandler: services => new RecordCommandHandler(services)
    }
};

/**
 * Makes the services of the language: the same for the language server, the command line
 * and the browser. The caller brings the file system (or none) and the connection (or none).
 */
export function createAssessmentLensServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    AssessmentLens: AssessmentLensServices;
} {
    const shared = inject(createDefaultSharedModule(context), AssessmentLensGeneratedSharedModule, AssessmentLensSharedModule);
    const AssessmentLens = inject(createDefaultModule({ shared }), AssessmentLensGeneratedModule, AssessmentLensModule);
    shared.ServiceRegistry.register(AssessmentLens);
    return { shared, AssessmentLens };
}
