import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';

/** Opens a rule's page in the editor, for findings where only guidance (not a swap of words) helps. */
export const SHOW_GUIDANCE = 'assessmentLens.showGuidance';

/**
 * Commands the server carries out for the editor. The page is opened with the standard LSP
 * request (window/showDocument); an editor that cannot open it is shown the page's address.
 */
export class RecordCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(SHOW_GUIDANCE, async args => {
            const uri = typeof args[0] === 'string' ? args[0] : undefined;
            const connection = this.shared.lsp.Connection;
            if (!uri || !connection) return false;
            try {
                const result = await connection.window.showDocument({ uri, takeFocus: true });
                if (result.success) return true;
            } catch {
                // the editor does not support opening documents for the server
            }
            connection.window.showInformationMessage(`The guidance is at ${uri}`);
            return false;
        });
    }
}
