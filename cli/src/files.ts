import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';

export const RECORD_EXTENSIONS = new Set(['.assessment', '.plan']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

/** A file given to the command line: its text, or why it could not be read. */
export type Input =
    | { path: string; text: string }
    | { path: string; problem: string };

/** Expands the paths given into record files, in a stable order; folders are searched for records. */
export async function collect(paths: readonly string[], cwd: string): Promise<Array<{ path: string } | { path: string; problem: string }>> {
    const found: Array<{ path: string } | { path: string; problem: string }> = [];
    for (const given of paths) {
        const absolute = resolve(cwd, given);
        let info;
        try {
            info = await stat(absolute);
        } catch {
            found.push({ path: given, problem: 'There is no file or folder with this name.' });
            continue;
        }
        if (info.isDirectory()) {
            const before = found.length;
            for (const file of await walk(absolute)) found.push({ path: relative(cwd, file) || file });
            if (found.length === before) found.push({ path: given, problem: 'This folder holds no .assessment or .plan files.' });
        } else {
            found.push({ path: given });
        }
    }
    // The same file named twice, or found in two folders given, is checked once.
    const seen = new Set<string>();
    return found.filter(f => {
        if ('problem' in f) return true;
        const key = resolve(cwd, f.path);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

async function walk(folder: string): Promise<string[]> {
    const files: string[] = [];
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...await walk(full));
        } else if (RECORD_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
            files.push(full);
        }
    }
    return files;
}

/** Reads a record as text, refusing files that are not text. */
export async function read(path: string, cwd: string): Promise<Input> {
    let bytes: Buffer;
    try {
        bytes = await readFile(resolve(cwd, path));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EACCES' || code === 'EPERM' ? 'You do not have permission to read this file.'
            : code === 'EISDIR' ? 'This is a folder, not a file.'
                : code === 'ENOENT' ? 'There is no file with this name.'
                    : `This file could not be read (${code ?? 'unknown reason'}).`;
        return { path, problem: why };
    }
    if (bytes.includes(0)) return { path, problem: 'This is not a text file, so it cannot be a record.' };
    let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { path, text };
}
