import { AstUtils, DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

/**
 * Every named thing in a record (people, agencies, worries, outcomes, the record itself)
 * is visible from the whole file and from other files, so that a plan can name the people
 * and worries of the assessment it comes from.
 */
export class RecordScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, AstUtils.streamAllContents, cancelToken);
    }
}
