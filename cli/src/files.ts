import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { IgnoreList } from './ignore.js';

export const RECORD_EXTENSIONS = new Set(['.assessment', '.plan']);
/** Writing that is not a record: a Word file, Markdown or plain text (see documents.ts). */
export type DocumentKind = 'docx' | 'markdown' | 'text';
const DOCUMENTS: Readonly<Record<string, DocumentKind>> = { '.docx': 'docx', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text' };

/** The kind of document a file's name says it is, if it is one. */
export function documentKindOf(path: string): DocumentKind | undefined {
    return DOCUMENTS[extname(path).toLowerCase()];
}
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

/** A file given to the command line: its text, or why it could not be read. */
export type Input =
    | {
        path: string; text: string; bom?: boolean; stdin?: boolean; context?: boolean;
        /** for writing that is not a record: what kind it is (a Word file's words are in `bytes`, its text empty) */
        document?: DocumentKind; bytes?: Uint8Array;
    }
    | { path: string; problem: string };

/** What a path given on the command line stands for: a record file to read, or why it cannot be. */
export type Found = { path: string } | { path: string; problem: string };

/**
 * Expands the paths given into files, in a stable order. A folder is searched for records; a
 * folder that holds none (such as a folder of students' Word files), or any folder with
 * `documents`, is searched for Word, Markdown and plain-text files too. Paths the ignore list
 * names are left out (`ignored` counts them).
 */
export async function collect(paths: readonly string[], cwd: string, ignore?: IgnoreList,
    options: { documents?: boolean } = {}): Promise<{ found: Found[]; ignored: string[] }> {
    const found: Found[] = [];
    const ignored: string[] = [];
    for (const given of paths) {
        const absolute = resolve(cwd, given);
        let info;
        try {
            info = await stat(absolute);
        } catch {
            found.push({ path: given, problem: 'There is no file or folder with this name.' });
            continue;
        }
        if (ignore?.ignores(absolute, info.isDirectory())) {
            ignored.push(given);
        } else if (info.isDirectory()) {
            const before = found.length;
            const skipped = ignored.length;
            const leftOut: string[] = [];
            let files = await walk(absolute, ignore, leftOut, cwd, isRecordName);
            if (files.length === 0 || options.documents) {
                leftOut.length = 0;
                files = await walk(absolute, ignore, leftOut, cwd, name => isRecordName(name) || documentKindOf(name) !== undefined);
            }
            ignored.push(...leftOut);
            for (const file of files) found.push({ path: relative(cwd, file) || file });
            if (found.length === before && ignored.length === skipped) {
                found.push({ path: given, problem: 'This folder holds no records (.assessment or .plan files) and no Word, Markdown or text files.' });
            }
        } else {
            found.push({ path: given });
        }
    }
    // The same file named twice, or found in two folders given, is checked once.
    const seen = new Set<string>();
    return {
        ignored,
        found: found.filter(f => {
            if ('problem' in f) return true;
            const key = resolve(cwd, f.path);
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        })
    };
}

function isRecordName(name: string): boolean {
    return RECORD_EXTENSIONS.has(extname(name).toLowerCase());
}

async function walk(folder: string, ignore: IgnoreList | undefined, ignored: string[], cwd: string,
    wanted: (name: string) => boolean): Promise<string[]> {
    const files: string[] = [];
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
            if (ignore?.ignores(full, true)) ignored.push(relative(cwd, full) || full);
            else files.push(...await walk(full, ignore, ignored, cwd, wanted));
        } else if (wanted(entry.name)) {
            if (ignore?.ignores(full)) ignored.push(relative(cwd, full) || full);
            else files.push(full);
        }
    }
    return files;
}

/**
 * The assessments beside each plan given, added (marked `context`) so that a plan checked on
 * its own still finds the assessment its `from:` line names, as it would in the editor.
 * Their own findings are not reported.
 */
export async function withContext(inputs: readonly Input[], cwd: string): Promise<Input[]> {
    const have = new Set(inputs.map(i => resolve(cwd, i.path)));
    const folders = new Set(inputs.filter(i => !('problem' in i) && extname(i.path).toLowerCase() === '.plan').map(i => dirname(resolve(cwd, i.path))));
    const extra: Input[] = [];
    for (const folder of [...folders].sort()) {
        let names: string[];
        try {
            names = (await readdir(folder)).sort();
        } catch {
            continue;
        }
        for (const name of names) {
            const path = join(folder, name);
            if (extname(name).toLowerCase() !== '.assessment' || have.has(path)) continue;
            have.add(path);
            const input = await read(relative(cwd, path) || path, cwd);
            if (!('problem' in input)) extra.push({ ...input, context: true });
        }
    }
    return [...inputs, ...extra];
}

/**
 * Reads a record as text, refusing files that are not text. A Word, Markdown or plain-text file
 * (or, with `prose`, any file that is not a record) is read as a document: a Word file as bytes.
 */
export async function read(path: string, cwd: string, options: { prose?: boolean } = {}): Promise<Input> {
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
    return asDocument(path, bytes, options.prose);
}

/** The input for a file's bytes: a record, or a document when its name (or `prose`) says so. */
export function asDocument(path: string, bytes: Uint8Array, prose = false): Input {
    const kind = documentKindOf(path) ?? (prose && !isRecordName(path) ? 'text' : undefined);
    if (kind === 'docx') return { path, text: '', document: 'docx', bytes };
    const input = decode(path, bytes, kind !== undefined);
    return kind && !('problem' in input) ? { ...input, document: kind } : input;
}

/** The text of a record from its bytes: UTF-8, without a byte order mark; refused when it is not text. */
export function decode(path: string, bytes: Uint8Array, document = false): Input {
    if (bytes.includes(0)) return { path, problem: document ? 'This is not a text file, so it cannot be checked as writing.' : 'This is not a text file, so it cannot be a record.' };
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? { path, text: text.slice(1), bom: true } : { path, text };
}

/** Reads a record from standard input (`-` on the command line); with `prose`, writing that is not a record. */
export async function readStdin(name: string, options: { prose?: boolean } = {}): Promise<Input> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const input = options.prose ? asDocument(name, bytes, true) : decode(name, bytes);
    return 'problem' in input ? input : { ...input, stdin: true };
}
