import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMANDS, LANGUAGE_ID, SETTINGS } from '../../client/src/features/commands.js';
import { makeNonce, webviewPage } from '../../client/src/features/webview.js';

const root = resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface CommandContribution { command: string; title: string; category?: string; icon?: string }
interface MenuItem { command: string; when?: string; group?: string }
interface Step { id: string; title: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }

const commands: CommandContribution[] = contributes.commands ?? [];
const ids = new Set(commands.map(c => c.command));

/** Every TypeScript file of the extension's own code. */
function clientSources(dir = join(root, 'client', 'src')): Array<{ file: string; text: string }> {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return clientSources(path);
        return name.endsWith('.ts') ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
    });
}

/** The command ids passed to `registerCommand` in the extension's code. */
function registeredCommands(): Set<string> {
    const found = new Set<string>();
    for (const { text } of clientSources()) {
        for (const m of text.matchAll(/registerCommand\(\s*(?:COMMANDS\.(\w+)|'([^']+)')/g)) {
            found.add(m[1] ? (COMMANDS as Record<string, string>)[m[1]] : m[2]);
        }
    }
    return found;
}

/** Commands the editor itself has, which the walkthrough may link to. */
const EDITOR_COMMANDS = /^workbench\./;

describe('the commands in package.json', () => {
    test('each has a plain-English title and the "Assessment Lens" category', () => {
        expect(commands.length).toBeGreaterThanOrEqual(5);
        for (const c of commands) {
            expect(c.title, c.command).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
            expect(c.category, c.command).toBe('Assessment Lens');
            expect(c.command).toMatch(/^assessmentLens\.[a-zA-Z]+$/);
        }
    });

    test('every contributed command is registered by the extension, and every registered command is contributed', () => {
        const registered = registeredCommands();
        expect([...ids].sort()).toEqual([...registered].sort());
        expect(new Set(Object.values(COMMANDS))).toEqual(ids);
    });

    test('the preview opens from the editor\'s title bar for records only', () => {
        const preview = commands.find(c => c.command === COMMANDS.showPreview)!;
        expect(preview).toMatchObject({ title: 'Open preview to the side', icon: '$(open-preview)' });
        const title: MenuItem[] = contributes.menus['editor/title'];
        expect(title).toContainEqual({ command: COMMANDS.showPreview, when: `editorLangId == ${LANGUAGE_ID}`, group: 'navigation' });
    });

    test('menus name only commands that exist, and the record commands show in the palette only for records', () => {
        for (const [menu, items] of Object.entries(contributes.menus as Record<string, MenuItem[]>)) {
            for (const item of items) expect(ids.has(item.command), `${menu}: ${item.command}`).toBe(true);
        }
        const palette: MenuItem[] = contributes.menus.commandPalette;
        for (const id of [COMMANDS.showPreview, COMMANDS.showReport]) {
            expect(palette.find(p => p.command === id)?.when).toBe(`editorLangId == ${LANGUAGE_ID}`);
        }
        for (const id of [COMMANDS.newAssessment, COMMANDS.newPlan, COMMANDS.openExample]) {
            expect(palette.find(p => p.command === id)).toBeUndefined();
        }
    });
});

describe('importing a document', () => {
    test('is in the palette always, and on Word, text and Markdown files in the explorer', () => {
        expect(commands.find(c => c.command === COMMANDS.importDocument)?.title).toBe('Import a document as a record');
        expect((contributes.menus.commandPalette as MenuItem[]).find(p => p.command === COMMANDS.importDocument)).toBeUndefined();
        const explorer: MenuItem[] = contributes.menus['explorer/context'];
        const item = explorer.find(i => i.command === COMMANDS.importDocument)!;
        const pattern = /^resourceExtname =~ \/(.+)\/$/.exec(item.when!)![1];
        for (const name of ['.docx', '.txt', '.md']) expect(new RegExp(pattern).test(name), name).toBe(true);
        for (const name of ['.assessment', '.plan', '.pdf', '.json']) expect(new RegExp(pattern).test(name), name).toBe(false);
    });
});

describe('the getting-started walkthrough', () => {
    const [walkthrough] = contributes.walkthroughs as Array<{ id: string; title: string; steps: Step[] }>;

    test('has four or five steps, each with a title, a description and a markdown page that exists', () => {
        expect(walkthrough.steps.length).toBeGreaterThanOrEqual(4);
        expect(walkthrough.steps.length).toBeLessThanOrEqual(5);
        for (const step of walkthrough.steps) {
            expect(step.title.length, step.id).toBeGreaterThan(5);
            expect(step.description.length, step.id).toBeGreaterThan(20);
            expect(step.media.markdown, step.id).toMatch(/^media\/walkthrough\/[a-z-]+\.md$/);
            const page = readFileSync(join(root, step.media.markdown!), 'utf8');
            expect(page, step.media.markdown).toMatch(/^# /);
        }
    });

    test('every command it links to or waits for exists', () => {
        for (const step of walkthrough.steps) {
            const linked = [...step.description.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]);
            const awaited = (step.completionEvents ?? []).filter(e => e.startsWith('onCommand:')).map(e => e.slice('onCommand:'.length));
            for (const id of [...linked, ...awaited]) {
                expect(ids.has(id) || EDITOR_COMMANDS.test(id), `${step.id}: ${id}`).toBe(true);
            }
        }
    });

    test('covers starting a record, a check, the preview, the report and the team\'s settings', () => {
        const text = walkthrough.steps.map(s => s.description).join('\n');
        for (const id of [COMMANDS.newAssessment, COMMANDS.openExample, COMMANDS.showPreview, COMMANDS.showReport]) expect(text).toContain(`command:${id}`);
        expect(text).toContain('.assessment-lens.json');
    });
});

describe('settings, templates and packaging', () => {
    const properties = contributes.configuration.properties as Record<string, { type: string; default: unknown; description: string }>;

    test('the settings the extension reads are contributed, with a default and a description', () => {
        for (const key of [SETTINGS.scrollSync, SETTINGS.statusBar]) {
            const setting = properties[`${SETTINGS.section}.${key}`];
            expect(setting, key).toMatchObject({ type: 'boolean', default: true });
            expect(setting.description.length).toBeGreaterThan(20);
        }
    });

    test('the "New assessment" and "New plan" templates are the snippets', () => {
        const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'assessment-lens.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
        const prefixes = Object.values(snippets).map(s => s.prefix);
        expect(prefixes).toContain('assessment');
        expect(prefixes).toContain('plan');
        const templates = readFileSync(join(root, 'client', 'src', 'features', 'templates.ts'), 'utf8');
        expect(templates).toContain("from '../../../snippets/assessment-lens.json'");
        expect(templates).not.toMatch(/"assessment \\"|body: \[/);
    });

    test('the example the walkthrough opens exists', () => {
        const templates = readFileSync(join(root, 'client', 'src', 'features', 'templates.ts'), 'utf8');
        const example = /const EXAMPLE = \['examples', '([^']+)'\]/.exec(templates)![1];
        expect(existsSync(join(root, 'examples', example))).toBe(true);
    });

    test('the icon is a 128×128 PNG, and the licence is MIT', () => {
        expect(manifest.icon).toBe('media/icon.png');
        const png = readFileSync(join(root, manifest.icon));
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
        expect(manifest.galleryBanner.color).toMatch(/^#[0-9A-F]{6}$/i);
        expect(manifest.license).toBe('MIT');
        expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Assessment Lens contributors/);
    });

    test('the package leaves out everything but what runs', () => {
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
        expect(ignore[0]).toBe('**');
        expect(ignore.some(l => /node_modules|\.ts$|^!test|^!language\/|^!client|^!server/.test(l))).toBe(false);
        for (const kept of ['!out/client/*.cjs', '!out/server/*.cjs', '!docs/**', '!syntaxes/**', '!snippets/**', '!language-configuration.json', '!media/icon.png', '!media/walkthrough/**', '!examples/**', '!LICENSE', '!README.md']) {
            expect(ignore).toContain(kept);
        }
        expect(manifest.scripts.package).toMatch(/^npm run build && vsce package --no-dependencies .*--out out\/assessment-lens\.vsix$/);
    });
});

describe('the editor features use nothing from Node', () => {
    test('no file under client/src/features imports a Node module', () => {
        const features = clientSources(join(root, 'client', 'src', 'features'));
        expect(features.length).toBeGreaterThan(5);
        for (const { file, text } of features) {
            expect(text, file).not.toMatch(/from ['"](node:|fs|path|os|child_process|url|crypto|vscode-languageclient\/node)/);
            expect(text, file).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|__dirname/);
        }
    });
});

describe('the pages inside the preview and the report', () => {
    test('a strict content security policy: nothing from elsewhere, only the page\'s own nonce\'d script and style', () => {
        const page = webviewPage({ title: 'Preview: <Amira>', css: 'main { color: red; }', body: '<main class="record"><h1 data-line="0">Plan</h1></main>', script: 'console.log(1);', nonce: 'abc123' });
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'nonce-abc123'");
        expect(csp).toContain("style-src 'nonce-abc123'");
        expect(csp).not.toMatch(/unsafe|https?:|\*/);
        expect(page).toContain('<script nonce="abc123">console.log(1);</script>');
        expect(page).toContain('<style nonce="abc123">main { color: red; }');
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).toContain('<title>Preview: &lt;Amira&gt;</title>');
        expect(page).toContain('<div id="content"><main class="record"><h1 data-line="0">Plan</h1></main></div>');
    });

    test('each page gets a new, unguessable nonce', () => {
        const nonces = new Set(Array.from({ length: 50 }, makeNonce));
        expect(nonces.size).toBe(50);
        for (const n of nonces) expect(n).toMatch(/^[0-9a-f]{36}$/);
    });

    test('a stylesheet cannot close its own style element', () => {
        const page = webviewPage({ title: 't', css: 'a{}</style><script>alert(1)</script>', body: '', script: '', nonce: 'n' });
        expect(page).not.toContain('</style><script>alert(1)');
    });
});
