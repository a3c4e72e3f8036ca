import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The name of the file that lists paths the command line leaves alone. */
export const IGNORE_FILE = '.assessment-lens-ignore';

interface Pattern {
    negate: boolean;
    folderOnly: boolean;
    regex: RegExp;
}

/**
 * Paths to leave out, written as in a .gitignore: one pattern a line; `#` starts a comment;
 * `*` matches within one folder name, `**` across folders, `?` one character; a pattern
 * with a `/` before its end is taken from the folder of the ignore file, one without matches
 * a name anywhere; a `/` at the end matches folders only; `!` in front brings a path back.
 */
export class IgnoreList {
    private readonly patterns: Pattern[];

    constructor(readonly base: string, text: string, readonly source?: string) {
        this.patterns = text.split(/\r?\n/).map(compile).filter((p): p is Pattern => p !== undefined);
    }

    /** True when the file or folder (an absolute path) is left out, itself or through a folder it is in. */
    ignores(path: string, isFolder = false): boolean {
        const rel = relative(this.base, path).split(sep).join('/');
        if (rel === '' || rel.startsWith('../') || rel === '..') return false;
        const parts = rel.split('/');
        for (let i = 1; i < parts.length; i++) {
            if (this.matches(parts.slice(0, i).join('/'), true)) return true;
        }
        return this.matches(rel, isFolder);
    }

    private matches(rel: string, isFolder: boolean): boolean {
        let ignored = false;
        for (const p of this.patterns) {
            if (p.folderOnly && !isFolder) continue;
            if (p.regex.test(rel)) ignored = !p.negate;
        }
        return ignored;
    }
}

function compile(line: string): Pattern | undefined {
    let p = line.replace(/(?<!\\)\s+$/, '');
    if (p === '' || p.startsWith('#')) return undefined;
    let negate = false;
    if (p.startsWith('!')) {
        negate = true;
        p = p.slice(1);
    } else if (p.startsWith('\\!') || p.startsWith('\\#')) {
        p = p.slice(1);
    }
    const folderOnly = p.endsWith('/');
    if (folderOnly) p = p.slice(0, -1);
    const anchored = p.includes('/');
    if (p.startsWith('/')) p = p.slice(1);
    if (p === '') return undefined;
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*' && p[i + 1] === '*') {
            const slash = p[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        } else if (c === '*') re += '[^/]*';
        else if (c === '?') re += '[^/]';
        else if (c === '\\' && i + 1 < p.length) re += escape(p[++i]);
        else if (c === '[') {
            const end = p.indexOf(']', i + 2);
            if (end < 0) re += '\\[';
            else {
                re += `[${p.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        } else re += escape(c);
    }
    return { negate, folderOnly, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}$`) };
}

function escape(c: string): string {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The ignore file named, or the nearest one from the working folder up; undefined when there is none. */
export async function loadIgnore(named: string | undefined, cwd: string): Promise<IgnoreList | undefined> {
    const path = named !== undefined ? resolve(cwd, named) : nearest(cwd);
    if (!path) return undefined;
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch {
        throw new IgnoreFileError(`The ignore file ${named ?? path} could not be read. Check the name, or leave out --ignore-path.`);
    }
    return new IgnoreList(dirname(path), text, path);
}

export class IgnoreFileError extends Error {}

function nearest(from: string): string | undefined {
    let folder = resolve(from);
    for (;;) {
        const candidate = join(folder, IGNORE_FILE);
        if (existsSync(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}
