import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/browser.js';
import { startCodeServer, type CodeServer } from './support/code-server.js';
import { serveFolder, type StaticServer } from './support/static-server.js';

/**
 * The playground in a real browser (Debian's Chromium, headless): it is built, served on
 * 127.0.0.1 and used as a person would. A known finding is found, hovered and fixed, the
 * preview and the report are opened, axe-core checks the page with each panel open, and every
 * request the page makes is written down: all of them must go to the page's own origin.
 * Set PLAYGROUND_BUILT=1 to test a dist/web that is already built.
 *
 * Last, the web extension (the package's "browser" entry) is run by code-server in its
 * extension host in the browser, with the checks in a Web Worker there.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'dist', 'web');
const IMAGES = join(ROOT, 'docs', 'images');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
const figures: Record<string, string> = {};

interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core on the page as it is now; gives back the serious and critical violations. */
async function accessibilityProblems(label: string): Promise<AxeViolation[]> {
    // Evaluated through the browser's debugging protocol: the page's own security policy
    // rightly allows no script that is not one of its files.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async (tags: string[]) => {
        const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) }));
    }, WCAG);
    for (const v of violations) {
        process.stdout.write(`axe (${label}): ${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map(n => n.target))}\n`);
    }
    return violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
}

async function screenshot(name: string): Promise<void> {
    mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: join(IMAGES, `playground-${name}.png`) });
}

/** Presses F8 (go to the next finding) until the finding shown is from `ruleId`; gives its text. */
async function goToFinding(ruleId: string): Promise<string> {
    await page.locator('.monaco-editor textarea').focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 80; i++) {
        await page.keyboard.press('F8');
        const widget = page.locator('.marker-widget').first();
        await widget.waitFor({ state: 'visible', timeout: 5000 });
        const text = await widget.innerText();
        if (text.includes(ruleId)) return text;
    }
    throw new Error(`No finding from ${ruleId} was found with F8.`);
}

/** The 0-based line of the first visible line holding `text`, from the line numbers Monaco draws beside it. */
async function lineOf(text: string): Promise<number> {
    const top = await page.locator('.view-line', { hasText: text }).first().evaluate(line => (line as HTMLElement).style.top);
    const numbers = page.locator('.line-numbers');
    const count = await numbers.count();
    for (let i = 0; i < count; i++) {
        const holder = numbers.nth(i).locator('xpath=..');
        if (await holder.evaluate(el => (el as HTMLElement).style.top) === top) return Number(await numbers.nth(i).innerText()) - 1;
    }
    throw new Error(`No line number beside "${text}".`);
}

/** The text of the lines the editor shows now. */
async function visibleLines(): Promise<string[]> {
    // Monaco draws spaces as no-break spaces
    return (await page.locator('.view-lines .view-line').allInnerTexts()).map(line => line.replace(/\u00a0/g, ' '));
}

beforeAll(async () => {
    if (process.env.PLAYGROUND_BUILT !== '1') {
        execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
    }
    server = await serveFolder(SITE);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, reducedMotion: 'reduce' });
    context.on('request', (request: Request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
}, 180_000);

afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (Object.keys(figures).length > 0) {
        process.stdout.write(`\nPlayground figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
    }
});

describe('the playground, served from 127.0.0.1', () => {
    test('starts, and says on the page that nothing leaves the browser', async () => {
        await page.goto(server.url);
        await page.waitForSelector('body[data-checked]', { timeout: 60_000 });
        await expect.poll(() => page.textContent('#privacy')).toContain('Everything stays in this browser. Nothing you type is sent anywhere.');
        const firstDiagnostics = await page.evaluate(() => performance.getEntriesByName('first-diagnostics')[0]?.startTime);
        expect(firstDiagnostics).toBeGreaterThan(0);
        figures['page load to first diagnostics (welcome record)'] = `${Math.round(firstDiagnostics!)} ms`;
        const sizes = JSON.parse(readFileSync(join(SITE, 'sizes.json'), 'utf8')) as Record<string, number>;
        for (const [file, bytes] of Object.entries(sizes)) figures[`size of ${file}`] = `${(bytes / 1024).toFixed(0)} KB`;
        expect(await accessibilityProblems('start')).toEqual([]);
    }, 90_000);

    test('opens an example and shows a known finding, with its hover', async () => {
        const opened = Date.now();
        await page.selectOption('#example-choice', 'student-weak.plan');
        await page.click('#use-example');
        await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toMatch(/\d+ findings in student-weak\.plan/);
        await page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
        figures['opening an example to its findings'] = `${Date.now() - opened} ms`;

        const finding = await goToFinding('action/when');
        expect(finding).toContain('by:');
        await page.keyboard.press('Escape');

        // Rest the pointer on the finding: its hover names the check and what to do.
        const cursor = await page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
        expect(cursor).not.toBeNull();
        await page.mouse.move(cursor!.x + 6, cursor!.y + cursor!.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'action/when' }).first();
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        expect(await hover.innerText()).toMatch(/by:/);
        await screenshot('hover');
        expect(await accessibilityProblems('hover')).toEqual([]);
        await page.mouse.move(5, 5);
    }, 120_000);

    test('applies a quick fix to that finding', async () => {
        await goToFinding('action/when');
        await page.keyboard.press('Escape');
        const before = (await visibleLines()).filter(line => line.trim().startsWith('by:')).length;
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget').getByText('Add a "by:" line to this action').first();
        await fix.waitFor({ state: 'visible', timeout: 15_000 });
        await screenshot('quick-fix');
        await fix.click();
        await expect.poll(async () => (await visibleLines()).filter(line => line.trim().startsWith('by:')).length, { timeout: 10_000 })
            .toBe(before + 1);
    }, 60_000);

    test('shows the outline, and moves to a part of the record from it', async () => {
        await page.click('#show-outline');
        const item = page.locator('#outline-body button').first();
        await item.waitFor({ timeout: 15_000 });
        expect(await page.locator('#outline-heading').evaluate(h => h === document.activeElement)).toBe(true);
        expect(await accessibilityProblems('outline')).toEqual([]);
        const outcome = page.locator('#outline-body').getByRole('button', { name: 'school', exact: true });
        await outcome.click();
        await expect.poll(async () => Number(await page.locator('.monaco-editor .active-line-number').first().innerText()) - 1, { timeout: 10_000 })
            .toBe(await lineOf('outcome school:'));
        expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
    }, 60_000);

    test('shows the preview for the family', async () => {
        await page.click('#show-preview');
        // the preview sits in a shadow root, so that its stylesheet styles nothing else
        const previewText = () => page.locator('#preview-body').evaluate(host => host.shadowRoot?.textContent ?? '');
        await expect.poll(previewText, { timeout: 15_000 }).toContain('Mia');
        expect(await page.getAttribute('#show-preview', 'aria-expanded')).toBe('true');
        await screenshot('preview');
        expect(await accessibilityProblems('preview')).toEqual([]);
    }, 60_000);

    test('shows the quality report; a finding in it moves the cursor to its place', async () => {
        await page.click('#show-report');
        const link = page.locator('#report-body a[data-line]').first();
        await link.waitFor({ timeout: 15_000 });
        await screenshot('report');
        expect(await accessibilityProblems('report')).toEqual([]);
        const line = Number(await link.getAttribute('data-line'));
        await link.click();
        await expect.poll(() => page.locator('.monaco-editor .active-line-number').first().innerText(), { timeout: 10_000 })
            .toBe(String(line + 1));
    }, 60_000);

    test('opens a check\'s own page from its finding', async () => {
        await goToFinding('action/when');
        await page.keyboard.press('Escape');
        const cursor = await page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
        await page.mouse.move(cursor!.x + 6, cursor!.y + cursor!.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'action/when' }).first();
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        await hover.locator('a', { hasText: 'action/when' }).first().click();
        await expect.poll(() => page.textContent('#rule-heading'), { timeout: 10_000 }).toBe('About the check action/when');
        expect(await page.locator('#rule-body').innerText()).toContain('Why it matters');
        expect(await accessibilityProblems('rule page')).toEqual([]);
    }, 60_000);

    test('opens a file chosen from the computer, and saves it back as a download', async () => {
        const text = 'assessment "Child and family assessment for Robin"\n  kind: single assessment\n  purpose: to understand how Robin is doing at home.\n';
        await page.setInputFiles('#file-input', { name: 'robin-invented.assessment', mimeType: 'text/plain', buffer: Buffer.from(text) });
        await expect.poll(() => page.textContent('#record-name'), { timeout: 10_000 }).toBe('robin-invented.assessment');
        await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toMatch(/findings? in robin-invented\.assessment/);
        // Where the browser has no save dialog for pages (Firefox, Safari), the record is downloaded.
        await page.evaluate(() => { delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
        expect(download.suggestedFilename()).toBe('robin-invented.assessment');
        const saved = await download.createReadStream();
        const chunks: Buffer[] = [];
        for await (const chunk of saved) chunks.push(chunk as Buffer);
        expect(Buffer.concat(chunks).toString('utf8')).toBe(text);
    }, 60_000);

    test('imports a Word document dropped on the page as a new record, and says nothing was uploaded', async () => {
        const paragraph = 'Tobi said he likes his new bunk bed and his school.';
        const word = await Packer.toBuffer(new Document({ sections: [{ children: [
            new Paragraph({ text: 'Assessment of Tobi Okafor', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: "Child's wishes and feelings", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun(paragraph)] }),
            new Paragraph({ text: 'Analysis', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Tobi is settled at home and at school.')] })
        ] }] }));
        const before = requests.length;
        await page.evaluate(({ name, base64 }) => {
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
            document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }, { name: 'tobi-invented.docx', base64: word.toString('base64') });
        await expect.poll(() => page.textContent('#record-name'), { timeout: 30_000 }).toBe('tobi-invented.assessment');
        await expect.poll(async () => (await visibleLines()).map(line => line.trim()), { timeout: 10_000 }).toContain(paragraph);
        expect((await visibleLines()).map(line => line.trim())).toContain('assessment “Assessment of Tobi Okafor”');
        await expect.poll(() => page.textContent('#status'), { timeout: 30_000 })
            .toMatch(/^tobi-invented\.docx was imported as an assessment .*Nothing was uploaded: tobi-invented\.docx was read in this browser\. \d+ findings? in tobi-invented\.assessment/);
        // the page may load more of its own files meanwhile, but nothing goes anywhere else
        const origin = new URL(server.url).origin;
        expect(requests.slice(before).filter(url => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin)).toEqual([]);

        // A damaged Word file chosen from the computer is refused in plain words, and nothing else changes.
        await page.setInputFiles('#file-input', { name: 'broken-invented.docx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('cut short '.repeat(30))]) });
        await expect.poll(() => page.textContent('#status'), { timeout: 30_000 })
            .toMatch(/^broken-invented\.docx could not be imported: This Word file could not be read/);
        expect(await page.textContent('#record-name')).toBe('tobi-invented.assessment');
    }, 90_000);

    test('starts a record from a template', async () => {
        await page.selectOption('#template-choice', 'New plan');
        await page.click('#use-template');
        await expect.poll(() => page.textContent('#record-name'), { timeout: 10_000 }).toBe('new-plan.plan');
        await expect.poll(async () => (await visibleLines()).join('\n'), { timeout: 10_000 }).toMatch(/^plan "Child in need plan for Name"/);
        // the first gap is selected, ready to be typed over
        await page.keyboard.type('Child in need plan for Robin');
        await expect.poll(async () => (await visibleLines())[0], { timeout: 10_000 }).toBe('plan "Child in need plan for Robin"');
    }, 60_000);

    test('can be used with the keyboard alone: Tab reaches every control', async () => {
        await page.click('#show-rule');
        await page.click('#show-rule');
        await page.locator('body').focus();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const reached = new Set<string>();
        for (let i = 0; i < 40; i++) {
            await page.keyboard.press('Tab');
            const id = await page.evaluate(() => {
                const active = document.activeElement as HTMLElement | null;
                if (!active) return '';
                const visible = getComputedStyle(active).outlineStyle !== 'none' || active.closest('.monaco-editor') !== null;
                return `${active.id || active.className}${visible ? '' : ' (no visible focus)'}`;
            });
            reached.add(id);
            if (id.includes('inputarea')) break;
        }
        for (const control of ['open-file', 'template-choice', 'use-template', 'example-choice', 'use-example', 'record-choice', 'save-file', 'format-record']) {
            expect([...reached]).toContain(control);
        }
        expect([...reached].filter(id => id.includes('no visible focus'))).toEqual([]);
        // In the record, Tab indents; Ctrl+M makes it move on, to the panels' buttons.
        await page.keyboard.press('Control+m');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('show-outline');
        await page.keyboard.press('Control+m');
    }, 60_000);

    test('sent every request to its own origin, and nowhere else', () => {
        const origin = new URL(server.url).origin;
        const elsewhere = requests.filter(url => {
            if (url.startsWith('data:')) return false;
            const where = url.startsWith('blob:') ? new URL(url.slice(5)).origin : new URL(url).origin;
            return where !== origin;
        });
        expect(requests.length).toBeGreaterThan(3);
        expect(elsewhere).toEqual([]);
        // and the page asked the server only for files it has
        expect(server.requested.filter(path => path.endsWith('.map'))).toEqual([]);
        expect(problems).toEqual([]);
    });
});

describe('the page\'s security policy', () => {
    test('makes the browser refuse any connection the page tries to make', async () => {
        const context = await browser.newContext();
        const local = await context.newPage();
        await local.goto(server.url);
        await local.waitForSelector('body[data-ready]', { timeout: 60_000 });
        const outcome = await local.evaluate(async () => {
            const refused = new Promise<string>(done => document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective), { once: true }));
            const fetched = await fetch('https://example.org/upload', { method: 'POST', body: 'a record' }).then(() => 'sent', () => 'failed');
            return { fetched, directive: await refused };
        });
        expect(outcome).toEqual({ fetched: 'failed', directive: 'connect-src' });
        await context.close();
    }, 60_000);
});

describe('the playground, opened from a folder on disk', () => {
    test('checks a record with no web server at all', async () => {
        const context = await browser.newContext();
        const seen: string[] = [];
        context.on('request', request => seen.push(request.url()));
        const local = await context.newPage();
        const errors: string[] = [];
        local.on('pageerror', error => errors.push(error.message));
        await local.goto(pathToFileURL(join(SITE, 'index.html')).href);
        await local.waitForSelector('body[data-checked]', { timeout: 60_000 });
        await local.selectOption('#example-choice', 'student-weak.assessment');
        await local.click('#use-example');
        await expect.poll(() => local.textContent('#status'), { timeout: 30_000 }).toMatch(/\d+ findings in student-weak\.assessment/);
        expect(seen.filter(url => /^(https?|wss?):/.test(url))).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
    }, 120_000);
});

/**
 * A copy of the extension with only its "browser" entry, packaged with vsce. With a "main" entry
 * too (as the real package has), code-server would run the extension in Node.js on the server;
 * without one, it runs it in the browser, in a Web Worker extension host, as vscode.dev does.
 * The copy also drops "type": "module", which without "main" would make VS Code load the entry
 * as an ES module, which a web extension host cannot.
 */
function packageWebOnly(into: string): string {
    const folder = join(into, 'extension');
    mkdirSync(join(folder, 'out', 'web'), { recursive: true });
    for (const part of ['docs', 'syntaxes', 'snippets', 'media', 'language-configuration.json', 'LICENSE']) {
        cpSync(join(ROOT, part), join(folder, part), { recursive: true });
    }
    for (const file of ['extension.js', 'server-worker.js']) cpSync(join(ROOT, 'out', 'web', file), join(folder, 'out', 'web', file));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['main', 'type', 'scripts', 'bin', 'files', 'dependencies', 'devDependencies', 'allowScripts']) delete manifest[key];
    manifest.name = 'assessment-lens-web-test';
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(folder, 'README.md'), '# Assessment Lens (the web extension alone, for a test)\n');
    writeFileSync(join(folder, '.vscodeignore'), '**/*.map\n');
    const vsix = join(into, 'assessment-lens-web-test.vsix');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix],
        { cwd: folder, stdio: 'pipe' });
    return vsix;
}

describe('the web extension, in code-server\'s extension host in the browser', () => {
    let codeServer: CodeServer | undefined;
    let temp: string;
    let editor: Page;
    const messages: string[] = [];

    beforeAll(async () => {
        temp = mkdtempSync(join(tmpdir(), 'assessment-lens-web-extension-'));
        codeServer = await startCodeServer({ vsix: packageWebOnly(temp) });
        editor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        editor.on('console', message => messages.push(`${message.type()}: ${message.text()}`));
        await editor.goto(codeServer.workspaceUrl);
        await editor.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    }, 300_000);

    afterAll(async () => {
        await editor?.close();
        await codeServer?.stop();
        if (temp) rmSync(temp, { recursive: true, force: true });
    });

    test('checks a record in the browser: squiggles, and the finding of a known check', async () => {
        const opened = Date.now();
        await editor.getByRole('treeitem', { name: 'student-weak.plan' }).click({ timeout: 60_000 });
        try {
            await editor.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 120_000 });
        } catch (error) {
            throw new Error(`No findings appeared. What the page said:\n${messages.filter(m => /error|assessment/i.test(m)).join('\n')}\n${(error as Error).message}`);
        }
        figures['code-server web extension: opening a record to its first squiggle'] = `${Date.now() - opened} ms`;
        expect(messages.filter(m => /Activating extension .*assessment-lens.* failed|could not start its checks/i.test(m))).toEqual([]);
        // The extension ran in the browser, in the web worker extension host.
        const extensionHost = editor.frames().find(frame => /webWorkerExtensionHostIframe/.test(frame.url()));
        expect(extensionHost, 'the web worker extension host was started').toBeDefined();
        // F8 goes from finding to finding; one of them is the known action/when.
        await editor.locator('.monaco-editor textarea').first().focus();
        let found = '';
        for (let i = 0; i < 60 && !found.includes('action/when'); i++) {
            await editor.keyboard.press('F8');
            const widget = editor.locator('.marker-widget').first();
            await widget.waitFor({ state: 'visible', timeout: 10_000 });
            found = await widget.innerText();
        }
        expect(found).toContain('This action does not say by when it will be done.');
    }, 180_000);

    test('finds what the command line finds in the same folder: the plan\'s names link to its assessment', async () => {
        // The command line, on the same folder with the same settings, says how many findings the
        // plan has once its names link to the assessment (which is not open in the editor); the
        // browser's count must come to the same, each finding once.
        const output = execFileSync(process.execPath, [join(ROOT, 'bin', 'assessment-lens.js'), 'check', codeServer!.workspace,
            '--config', join(codeServer!.workspace, '.assessment-lens.json'), '--format', 'json', '--exit-zero'], { encoding: 'utf8' });
        const files = JSON.parse(output) as Array<{ file: string; diagnostics: Array<{ severity: string; rule: string }> }>;
        const plan = files.find(f => f.file.endsWith('student-weak.plan'))!;
        const expected = plan.diagnostics.filter(d => d.severity !== 'hint').length;
        const problems = editor.locator('[id="status.problems"]');
        let counted = -1;
        for (let i = 0; i < 60 && counted !== expected; i++) {
            counted = ((await problems.innerText()).match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
            if (counted !== expected) await editor.waitForTimeout(1000);
        }
        expect(counted, `findings in the browser (the command line finds ${expected})`).toBe(expected);
    }, 120_000);
});
