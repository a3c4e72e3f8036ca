/**
 * Whether a plain-text or Markdown file is checked: it says so itself, or the person turned the
 * checks on (`assessmentLens.prose.enable`). A file turns the checks on for itself, whatever the
 * setting, with `assessment-lens: check` anywhere in its first lines (in Markdown, inside a
 * comment: `<!-- assessment-lens: check -->`); `assessment-lens: off` turns them off for it.
 * This module imports nothing, so the editor extension can ask the same question before it
 * starts the server.
 */
const OPT_IN = /assessment-lens\s*:\s*check\b/i;
const OPT_OUT = /assessment-lens\s*:\s*off\b/i;
const HEAD_CHARACTERS = 2000;

export function proseWanted(text: string, enabled: boolean): boolean {
    const head = text.slice(0, HEAD_CHARACTERS);
    if (OPT_OUT.test(head)) return false;
    return enabled || OPT_IN.test(head);
}
