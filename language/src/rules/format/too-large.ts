import type { Rule } from '../rule.js';

export function isTooLarge(text: string, limit: number): boolean {
    return text.length > limit;
}

/** A record so large that only the basic checks run, so that typing never waits on the rest. */
export const formatTooLarge: Rule = {
    id: 'format/too-large',
    severity: 'info',
    description: 'A very large record gets only the basic checks, and says so.',
    basic: true,
    check(context) {
        const text = context.document.textDocument.getText();
        const limit = context.settings.fullCheckChars;
        if (!isTooLarge(text, limit)) return;
        const size = text.length >= 1_000_000 ? `${(text.length / 1_000_000).toFixed(1)} million` : text.length.toLocaleString('en-GB');
        context.report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
            `This record has ${size} characters, more than the ${limit.toLocaleString('en-GB')} that get every check, so only the basic checks ran `
            + '(the format, names, dates, who does each action by when, and personal details). A record this long is usually several records in one file: '
            + 'split it, or raise "fullCheckChars" in .assessment-lens.json.');
    }
};
