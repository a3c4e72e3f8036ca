import { Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Langium's document builder, with two changes for an editor:
 *
 * - Only records open in the editor are checked. Every record in the workspace is still read
 *   and linked (a plan needs its assessment's people), but by default Langium also checks every
 *   closed record in the background, and a keystroke then waits for that to finish.
 * - A checked record's findings are always sent. By default a change that arrives just after a
 *   record was checked cancels the sending too, and the record shows nothing until it changes.
 *
 * Without an editor connection (the command line, tests) every record is checked, as before.
 */
export class RecordDocumentBuilder extends DefaultDocumentBuilder {
    private readonly inEditor: boolean;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.inEditor = services.lsp.Connection !== undefined;
    }

    protected override shouldValidate(document: LangiumDocument): boolean {
        return super.shouldValidate(document) && (!this.inEditor || this.textDocuments?.get(document.uri) !== undefined);
    }

    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        return super.notifyDocumentPhase(document, state, state === DocumentState.Validated ? Cancellation.CancellationToken.None : cancelToken);
    }
}
