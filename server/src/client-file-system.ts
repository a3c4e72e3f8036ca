import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver/browser';

/** Asks the editor for a folder's entries: `{ uri }` → `Array<{ uri, isFile, isDirectory }>`. */
export const READ_DIRECTORY = 'assessmentLens/readDirectory';
/** Asks the editor for a file's text: `{ uri }` → `string`. */
export const READ_FILE = 'assessmentLens/readFile';

interface Entry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/**
 * The workspace's files, read through the editor, for the server in a browser (which has no
 * file system of its own). VS Code for the Web answers from its own file system (a GitHub
 * repository on github.dev, a folder on this computer in vscode.dev), so a plan finds the people
 * of its assessment even when the assessment is not open. A host that does not offer it (the
 * playground) leaves `enabled` off, and then only open records are known.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    enabled = false;

    constructor(private readonly connection: Connection) {}

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        if (!this.enabled) return [];
        try {
            const entries = await this.connection.sendRequest<Entry[]>(READ_DIRECTORY, { uri: uri.toString() });
            return entries.map(e => ({ uri: URI.parse(e.uri), isFile: e.isFile, isDirectory: e.isDirectory }));
        } catch {
            return [];
        }
    }

    async readFile(uri: URI): Promise<string> {
        if (!this.enabled) throw new Error(`${uri.toString()} is not open, and this editor cannot read files for the checks.`);
        return this.connection.sendRequest<string>(READ_FILE, { uri: uri.toString() });
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return { uri, isFile: true, isDirectory: false };
    }

    async exists(): Promise<boolean> {
        return this.enabled;
    }

    // A browser cannot wait for the editor's answer, so nothing is read synchronously.
    statSync(uri: URI): FileSystemNode {
        return { uri, isFile: false, isDirectory: false };
    }

    existsSync(): boolean {
        return false;
    }

    readFileSync(uri: URI): string {
        throw new Error(`${uri.toString()} cannot be read synchronously in a browser.`);
    }

    readBinarySync(uri: URI): Uint8Array {
        throw new Error(`${uri.toString()} cannot be read synchronously in a browser.`);
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}
