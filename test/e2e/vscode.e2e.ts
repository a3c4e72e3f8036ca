// The extension in a real VS Code: code-server with the packaged extension installed, driven
// in headless Chromium. Each step leaves a screenshot in docs/images for the README.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/browser.js';
import { repositoryRoot, startCodeServer, type CodeServer } from './support/code-server.js';

const images = join(repositoryRoot, 'docs', 'images');
const RECORD = 'student-weak.plan';
/** Line 29 of examples/student-weak.plan: "action: School to monitor Mia's attendance ...". */
const ACTION_LINE = 29;

interface CommandContribution { command: string; title: string; category?: string }

let server: CodeServer;
let browser: Browser;
let page: Page;
let commands: CommandContribution[] = [];

async function screenshot(name: string): Promise<void> {
    // The pointer rests out of the way, so that no tooltip covers the picture.
    await page.mouse.move(640, 790);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(images, `${name}.png`) });
}

/** Runs a command from the command palette by the title a person would type. */
async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const item = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await item.waitFor({ state: 'visible' });
    await item.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The palette title of a command the installed extension contributes, if it contributes it. */
function commandTitle(id: string): string | undefined {
    const found = commands.find(c => c.command === id);
    return found && (found.category ? `${found.category}: ${found.title}` : found.title);
}

/** Shows the Problems panel with only the findings whose text includes `filter`. */
async function filterProblems(filter: string): Promise<void> {
    await runCommand('View: Focus Problems');
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill(filter);
}

/** The findings the Problems panel shows, one line each: message | source | rule id | place. */
async function problemRows(): Promise<string[]> {
    const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    return (await rows.allInnerTexts()).map(text => text.replace(/\s*\n\s*/g, ' | '));
}

/** Waits until the filtered Problems panel settles on rows that pass `check`. */
async function problemsMatching(filter: string, check: (rows: string[]) => boolean): Promise<string[]> {
    await filterProblems(filter);
    let rows: string[] = [];
    await expect.poll(async () => rows = await problemRows(), { timeout: 30_000 }).toSatisfy(check);
    return rows;
}

/** Puts the cursor at a line and column (1-based) with "Go to Line". */
async function goTo(line: number, column: number): Promise<void> {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().innerText())
        .toBe(`Ln ${line}, Col ${column}`);
}

/** Brings the record's editor to the front and puts the focus in its text. */
async function focusRecord(): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: RECORD }).first().click();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
}

/** The content of the webview (preview or report) whose tab is showing. */
function webview(): FrameLocator {
    return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame, iframe').first();
}

interface Manifest { contributes?: { commands?: CommandContribution[] } }

/** The package.json of the extension as it was installed. */
async function installedManifest(): Promise<Manifest> {
    const installed = (await readdir(server.extensionsDir)).find(name => name.startsWith('assessment-lens.assessment-lens-'));
    if (!installed) throw new Error(`The extension was not installed in ${server.extensionsDir}.\n${server.log()}`);
    return JSON.parse(await readFile(join(server.extensionsDir, installed, 'package.json'), 'utf8')) as Manifest;
}

/** Starts code-server and Chromium and opens the workspace. */
async function openEditor(): Promise<void> {
    await mkdir(images, { recursive: true });
    server = await startCodeServer();
    commands = (await installedManifest()).contributes?.commands ?? [];
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.workspaceUrl);
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
}

async function closeEditor(): Promise<void> {
    await browser?.close();
    await server?.stop();
}

describe('Assessment Lens in VS Code (code-server)', () => {
    beforeAll(() => openEditor());
    afterAll(() => closeEditor());

    test('opening a weak plan shows squiggles and the findings in the Problems panel', async () => {
        await page.getByRole('treeitem', { name: RECORD }).click({ timeout: 60_000 });
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 120_000 });

        // Exactly one row: each finding is listed once, not once per time the record was checked.
        const missingWhen = await problemsMatching('action/when', rows => rows.length === 1);
        expect(missingWhen[0]).toContain(`action/when | [Ln ${ACTION_LINE}, Col 5]`);
        expect(missingWhen[0]).toContain('This action does not say by when it will be done.');

        // The squiggle itself: the hover over it says the same as the Problems panel.
        await goTo(ACTION_LINE, 5);
        await runCommand('Show or Focus Hover');
        const hover = page.locator('.monaco-hover', { hasText: 'This action does not say by when it will be done.' });
        await hover.first().waitFor({ state: 'visible', timeout: 30_000 });
        await screenshot('vscode-squiggle');
        await page.keyboard.press('Escape');
    });

    test('a quick fix changes the words and the finding goes', async () => {
        const jargonHere = (row: string) => row.includes('language/jargon') && row.includes(`[Ln ${ACTION_LINE}, Col 23]`);
        await problemsMatching('monitor', rows => rows.some(jargonHere));

        await goTo(ACTION_LINE, 23);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change "monitor" to "check"' }).first();
        await fix.waitFor({ state: 'visible', timeout: 30_000 });
        await screenshot('vscode-quick-fix-menu');
        // The menu is worked with the keyboard, as a person does after Ctrl+.
        for (let step = 0; step < 10 && !(await fix.getAttribute('class'))?.includes('focused'); step++) {
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');

        const line = page.locator('.monaco-editor .view-line', { hasText: 'action: School to check Mia\'s attendance' });
        await line.waitFor({ state: 'visible', timeout: 30_000 });
        // The finding at that place goes; the same word later in the plan is still flagged.
        const after = await problemsMatching('monitor', rows => !rows.some(row => row.includes(`[Ln ${ACTION_LINE},`)));
        expect(after.some(row => row.includes('language/jargon'))).toBe(true);
        await goTo(ACTION_LINE, 23);
        await screenshot('vscode-quick-fix');
    });

    test('the preview shows the record as a document for the family', async (context) => {
        const title = commandTitle('assessmentLens.showPreview');
        if (!title) context.skip('The extension does not contribute "assessmentLens.showPreview" yet, so there is no preview to test.');
        // Room for the record and its preview side by side.
        await runCommand('View: Hide Panel');
        await runCommand('View: Close Primary Side Bar');
        await focusRecord();
        await page.keyboard.press('Control+Home');
        await focusRecord();
        await runCommand(title!);
        const body = webview().locator('body');
        await expect.poll(() => body.innerText({ timeout: 5_000 }).catch(() => ''), { timeout: 60_000 })
            .toContain('CIN plan for Mia and Jayden');
        await screenshot('vscode-preview');
    });

    test('the quality report scores the record against the rubric', async (context) => {
        const title = commandTitle('assessmentLens.showReport');
        if (!title) context.skip('The extension does not contribute "assessmentLens.showReport" yet, so there is no report to test.');
        await focusRecord();
        await runCommand(title!);
        const body = webview().locator('body');
        await expect.poll(() => body.innerText({ timeout: 5_000 }).catch(() => ''), { timeout: 60_000 })
            .toMatch(/not met|partly|met/i);
        await screenshot('vscode-report');
    });
});
