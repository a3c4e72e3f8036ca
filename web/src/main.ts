/**
 * The playground: a record editor in the browser, with the same checks as the VS Code
 * extension. The checks run in a worker of this page; nothing is sent anywhere.
 */
import '../styles.css';
import { monaco } from './monaco.js';
import { connectBridge } from './lsp-bridge/index.js';
import { defineTheme, registerRecordLanguage } from './language.js';
import { connectToServer } from './server-connection.js';
import { startWorker } from './workers.js';
import { wireOpening, wireSaving } from './ui/files.js';
import { renderOutline } from './ui/outline.js';
import { Panels } from './ui/panels.js';
import { Records } from './ui/records.js';
import { followFindingLinks, PREVIEW_REQUEST, renderFromServer, REPORT_REQUEST } from './ui/rendered.js';
import { RulePages } from './ui/rule-pages.js';
import { describeRecord, setStatus } from './ui/status.js';
import { wireExamples, wireTemplates } from './ui/templates.js';

const WELCOME = `# Type or paste an assessment or a plan here, or use the buttons above:
# open a file from this computer, start from a template, or open an invented example.
# Lines that start with # are notes to yourself; they are not part of the record.
`;

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker: () => startWorker('editor', 'Editor helper')
};

async function start(): Promise<void> {
    performance.mark('playground-start');
    registerRecordLanguage(monaco);
    const theme = defineTheme(monaco);
    const docsBase = new URL('docs', location.href).href;
    const serverReady = connectToServer(docsBase);

    const view = monaco.editor.create(document.getElementById('editor')!, {
        theme,
        ariaLabel: 'Record text',
        automaticLayout: true,
        wordWrap: 'on',
        tabSize: 2,
        insertSpaces: true,
        minimap: { enabled: false },
        glyphMargin: true,
        fixedOverflowWidgets: true,
        'semanticHighlighting.enabled': true,
        fontSize: 15,
        lineHeight: 22,
        accessibilitySupport: 'auto',
        model: null
    });
    const records = new Records(monaco, view);
    const panels = new Panels();
    const rulePages = new RulePages(docsBase, panels);
    rulePages.register(monaco);
    records.open('new-record.assessment', WELCOME);

    const { connection, capabilities } = await serverReady;
    const bridge = connectBridge(monaco, connection, capabilities);
    connection.onNotification('window/showMessage', (params: { message: string }) => setStatus(params.message));
    connection.onRequest('window/showDocument', async (params: { uri: string }) => {
        const id = rulePages.idOf(params.uri);
        if (id) await rulePages.show(id);
        return { success: Boolean(id) };
    });

    // The status line and the open panel follow the record shown.
    let firstFindings = true;
    const shownUri = () => records.current?.uri.toString();
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const followRecord = () => {
        const model = records.current;
        if (!model) return;
        const name = records.nameOf(model);
        const severities = bridge.diagnostics.get(model.uri.toString()).map(d => d.severity ?? 2);
        setStatus(describeRecord(name, severities));
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => void panels.refresh(), 150);
    };
    bridge.diagnostics.onChange(uri => {
        if (uri !== shownUri()) return;
        if (firstFindings) {
            firstFindings = false;
            performance.mark('first-diagnostics');
        }
        document.body.dataset.checked = 'true';
        followRecord();
    });
    records.onShow(name => {
        document.getElementById('record-name')!.textContent = name;
        refreshRecordChoice(records);
        followRecord();
    });
    document.getElementById('record-name')!.textContent = records.current ? records.nameOf(records.current) : 'none open';
    refreshRecordChoice(records);
    (document.getElementById('record-choice') as HTMLSelectElement).addEventListener('change', event => {
        records.show((event.target as HTMLSelectElement).value);
    });

    panels.onRefresh('outline', () => renderOutline(connection, view));
    panels.onRefresh('preview', () => renderFromServer(connection, view, PREVIEW_REQUEST, 'preview-body'));
    panels.onRefresh('report', () => renderFromServer(connection, view, REPORT_REQUEST, 'report-body'));
    followFindingLinks('report-body', view);

    wireOpening(records, connection);
    wireSaving(records);
    wireTemplates(records, view);
    wireExamples(records);
    document.getElementById('format-record')!.addEventListener('click', () => {
        view.focus();
        void view.getAction('editor.action.formatDocument')?.run();
    });
    if (firstFindings) setStatus('The checks are ready.');
    document.body.dataset.ready = 'true';
}

function refreshRecordChoice(records: Records): void {
    const select = document.getElementById('record-choice') as HTMLSelectElement;
    const current = records.current ? records.nameOf(records.current) : '';
    select.replaceChildren(...records.names.map(name =>
        Object.assign(document.createElement('option'), { value: name, textContent: name, selected: name === current })));
}

start().catch(error => {
    setStatus(`The checks could not start: ${(error as Error).message}. Try reloading the page.`);
    throw error;
});
