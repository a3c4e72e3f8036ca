import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../../../language/src/index.js';
import type { FileResult, SeverityName } from '../check.js';

export interface SarifOptions {
    version: string;
    /** the folder paths are relative to (the working folder) */
    cwd: string;
    /** where the rule pages are: `<docsUrl>/rules/<id>.md` */
    docsUrl: string;
    /** every rule, on or off, for the tool's list of rules */
    rules: readonly Rule[];
    /** the severity each rule is set to, or undefined when it is off */
    severityOf: (rule: Rule) => SeverityName | undefined;
}

const LEVEL: Record<SeverityName, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const MIME_TYPES: Record<NonNullable<FileResult['document']> | 'record', string> = {
    record: 'text/plain', text: 'text/plain', markdown: 'text/markdown',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

/**
 * SARIF 2.1.0, as code-scanning services read it: one run, the rules with their descriptions,
 * pages and default levels, and each finding with its place in the file. A file that could
 * not be read is a tool notification, and the run is marked as not wholly successful.
 */
export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    const docs = options.docsUrl.replace(/\/$/, '');
    const rules: ReportingDescriptor[] = options.rules.map(rule => {
        const severity = options.severityOf(rule);
        return {
            id: rule.id,
            name: ruleName(rule.id),
            shortDescription: { text: sentence(rule.description) },
            fullDescription: { text: sentence(rule.description) },
            helpUri: `${docs}/rules/${rule.id}.md`,
            help: { text: `${sentence(rule.description)} See ${docs}/rules/${rule.id}.md.` },
            defaultConfiguration: severity ? { level: LEVEL[severity], enabled: true } : { level: LEVEL[rule.severity], enabled: false },
            properties: { tags: [rule.id.split('/')[0]] }
        };
    });
    const sarifResults: Result[] = [];
    const notifications: NonNullable<NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']> = [];
    const artifacts: Array<{ uri: string; mimeType: string }> = [];
    for (const file of results) {
        const uri = relativeUri(file.file);
        if (file.problem !== undefined) {
            notifications.push({
                level: 'error',
                message: { text: sentence(`${file.file} could not be checked: ${file.problem}`) },
                locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: 'ROOT' } } }]
            });
            continue;
        }
        const artifactIndex = artifacts.push({ uri, mimeType: MIME_TYPES[file.document ?? 'record'] }) - 1;
        for (const d of file.diagnostics) {
            const ruleIndex = index.get(d.rule);
            sarifResults.push({
                ruleId: d.rule,
                ...(ruleIndex !== undefined ? { ruleIndex } : {}),
                level: LEVEL[d.severity],
                // A Word file has no lines: the paragraph is named in the message (never its words).
                message: { text: sentence(d.place ? `In ${d.place}: ${d.message}` : d.message) },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: 'ROOT', index: artifactIndex },
                        ...(d.place ? {} : {
                            region: {
                                startLine: d.range.start.line + 1,
                                startColumn: d.range.start.character + 1,
                                endLine: d.range.end.line + 1,
                                endColumn: d.range.end.character + 1
                            }
                        })
                    }
                }]
            });
        }
    }
    const root = pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href;
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'assessment-lens',
                    fullName: 'Assessment Lens',
                    version: options.version,
                    semanticVersion: options.version,
                    informationUri: `${docs}/cli.md`,
                    rules
                }
            },
            invocations: [{
                executionSuccessful: notifications.length === 0,
                ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
            }],
            originalUriBaseIds: { ROOT: { uri: root } },
            artifacts: artifacts.map(({ uri, mimeType }) => ({
                location: { uri, uriBaseId: 'ROOT' }, mimeType, ...(mimeType.startsWith('text/') ? { encoding: 'utf-8' } : {})
            })),
            columnKind: 'utf16CodeUnits',
            results: sarifResults
        }]
    };
    return JSON.stringify(log, null, 2);
}

/** `action/who` becomes `ActionWho`, the Pascal-case name SARIF viewers expect beside the id. */
function ruleName(id: string): string {
    return id.split(/[/-]/).map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** SARIF messages are whole sentences, ending with a full stop. */
function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A path relative to the working folder, as a URI reference with forward slashes. */
function relativeUri(path: string): string {
    return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
