import { EmptyFileSystem } from 'langium';
import { createAssessmentLensServices, type AssessmentLensServices } from '../assessment-lens-module.js';

let services: AssessmentLensServices | undefined;

/** The engine's services for reading writing that is not a record: made once, with no files. */
export function proseServices(): AssessmentLensServices {
    services ??= createAssessmentLensServices(EmptyFileSystem).AssessmentLens;
    return services;
}

/**
 * True when a line would be read as one plain paragraph, and not as a heading, a label, a `>`
 * quote, a `- ` entry, a `#` comment or the start of a record.
 */
export function readsAsPlainWriting(line: string): boolean {
    const { tokens, hidden } = proseServices().parser.Lexer.tokenize(line);
    return hidden.length === 0 && tokens.length === 1 && tokens[0].tokenType.name === 'TEXT';
}
