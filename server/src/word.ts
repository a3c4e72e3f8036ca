import mammoth from 'mammoth';
import { htmlToModel } from '../../language/src/import/html.js';
import type { DocumentModel } from '../../language/src/import/model.js';

/**
 * Word (.docx) files, read in memory with mammoth: it turns a file into HTML (no temporary
 * files, no network, and no other file opened), and the engine reads the HTML. The language
 * server and the command line read Word files through here; in a browser, mammoth's browser
 * build is used (it takes an ArrayBuffer where Node's takes a Buffer).
 */

/** A Word file that could not be read, with the reason in plain words. */
export class UnreadableDocument extends Error {}

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** Word's Title and Subtitle styles are headings too (mammoth knows Heading 1 to 6 already). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Images are not read: only the words matter, and nothing is written anywhere. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Reads a Word file in Node.js (the language server and the command line). */
export function docxToModel(bytes: Uint8Array): Promise<DocumentModel> {
    return readWord(bytes, b => ({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) }));
}

/** Reads a Word file in a browser (the language server in a Web Worker). */
export function docxToModelInBrowser(bytes: Uint8Array): Promise<DocumentModel> {
    return readWord(bytes, b => ({ arrayBuffer: b.slice().buffer }));
}

async function readWord(bytes: Uint8Array, input: (bytes: Uint8Array) => MammothInput): Promise<DocumentModel> {
    if (!isZip(bytes)) {
        throw new UnreadableDocument('This is not a Word (.docx) file, or it is damaged: a .docx file is a zip archive, and this one is not. Open it in Word and save it again as a Word Document (.docx).');
    }
    let html: string;
    try {
        const result = await mammoth.convertToHtml(input(bytes), { styleMap: STYLE_MAP, convertImage: NO_IMAGES, externalFileAccess: false });
        html = result.value;
    } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new UnreadableDocument(`This Word file could not be read, so it was not checked (${why.split('\n')[0]}). Open it in Word and save it again as a Word Document (.docx).`);
    }
    return htmlToModel(html);
}

/** A zip archive starts with "PK" and 3, 4 (or 5, 6 when empty). */
function isZip(bytes: Uint8Array): boolean {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
