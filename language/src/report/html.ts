import { escapeHtml, page } from '../render/html.js';
import type { Colours } from '../render/style.js';
import type { Cohort } from './cohort.js';
import { MET, PARTLY, PENALTY, STATUS_MARK, type CriterionResult, type RecordReport, type ReportFinding, type Status } from './rubric.js';

export interface ReportHtmlOptions {
    /** where a finding's place links to (a file, or an editor command); no link when undefined */
    linkFor?: (finding: ReportFinding) => string | undefined;
    /** only the report's body, for a view to place (no page, no script) */
    fragment?: boolean;
    /**
     * for an editor's view: each finding's place is `<a href="#" data-line="L" data-column="C">`
     * (0-based), which the editor turns into "go to this place in the record"
     */
    editorLinks?: boolean;
    colours?: Colours;
}

/** The quality report of one record, as one page. */
export function reportToHtml(report: RecordReport, options: ReportHtmlOptions = {}): string {
    const body = `<main class="report">\n<h1>Quality report: ${escapeHtml(report.title)}</h1>\n${recordSection(report, options, 2)}\n${howScored()}\n</main>`;
    return options.fragment ? body : page(`Quality report: ${report.title}`, body, options.colours);
}

/** Many records: a table to sort (one row per record, one column per criterion, totals), then each record's detail. */
export function cohortToHtml(cohort: Cohort, options: ReportHtmlOptions = {}): string {
    const head = cohort.totals.map(t => `<th scope="col" class="num"><button type="button">${escapeHtml(t.name)}</button></th>`).join('');
    const rows = cohort.records.map((r, i) => {
        const cells = r.criteria.map(c => `<td class="num" data-sort="${c.score ?? -1}">${scoreCell(c)}</td>`).join('');
        return `<tr><th scope="row" data-sort="${escapeHtml(r.file)}"><a href="#record-${i + 1}">${escapeHtml(r.file)}</a></th>`
            + `${cells}<td class="num" data-sort="${r.score ?? -1}">${r.score ?? '–'}</td></tr>`;
    }).join('\n');
    const totals = cohort.totals.map(t => `<td class="num">${t.average === undefined ? '–' : `${t.average}<br><small>${t.met} of ${t.scored} met</small>`}</td>`).join('');
    const table = `<table class="sortable cohort">
<caption>${cohort.records.length} record${cohort.records.length === 1 ? '' : 's'}: score out of 100 for each criterion. Select a heading to sort.</caption>
<thead><tr><th scope="col"><button type="button">Record</button></th>${head}<th scope="col" class="num"><button type="button">Overall</button></th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Average</th>${totals}<td class="num">${cohort.average ?? '–'}</td></tr></tfoot>
</table>`;
    const details = cohort.records.map((r, i) => `<section id="record-${i + 1}">\n<h2>${escapeHtml(r.file)}: ${escapeHtml(r.title)}</h2>\n${recordSection(r, options, 3)}\n</section>`).join('\n');
    const body = `<main class="report wide">\n<h1>Quality report for ${cohort.records.length} record${cohort.records.length === 1 ? '' : 's'}</h1>\n${table}\n${details}\n${howScored()}\n</main>`;
    return options.fragment ? body : page('Quality report', body, options.colours, SORT_SCRIPT);
}

function recordSection(report: RecordReport, options: ReportHtmlOptions, level: 2 | 3): string {
    if (report.problem) return `<p class="not-met">${escapeHtml(report.file)} could not be checked: ${escapeHtml(report.problem)}</p>`;
    const kinds = report.kinds.length > 0 ? report.kinds.join(' and ') : 'no assessment or plan line';
    const summary = `<p>${escapeHtml(report.file)} (${escapeHtml(kinds)}). Overall score: <strong>${report.score ?? '–'}</strong> out of 100.</p>`;
    const table = `<table class="rubric">
<thead><tr><th scope="col">Criterion</th><th scope="col">Result</th><th scope="col" class="num">Score</th><th scope="col" class="num">Findings</th></tr></thead>
<tbody>
${report.criteria.map(c => `<tr><th scope="row">${escapeHtml(c.name)}</th><td class="${statusClass(c.status)}">${escapeHtml(STATUS_MARK[c.status])}</td>`
        + `<td class="num">${c.score ?? '–'}</td><td class="num">${c.findings.length}</td></tr>`).join('\n')}
</tbody>
</table>`;
    const h = `h${level}`;
    const sections = report.criteria.filter(c => c.findings.length > 0 || c.status === 'met').map(c =>
        `<${h}>${escapeHtml(c.name)}: <span class="${statusClass(c.status)}">${escapeHtml(STATUS_MARK[c.status])}</span></${h}>\n<p>${escapeHtml(c.asks)}</p>\n${findingList(c.findings, options)}`).join('\n');
    const other = report.other.length > 0 ? `<${h}>Other findings</${h}>\n${findingList(report.other, options)}` : '';
    return [summary, table, sections, other].filter(Boolean).join('\n');
}

function findingList(findings: readonly ReportFinding[], options: ReportHtmlOptions): string {
    if (findings.length === 0) return '<p class="met">Nothing to improve here.</p>';
    return `<ul class="findings">\n${findings.map(f => {
        const place = `${f.file}:${f.line}`;
        const href = options.linkFor?.(f);
        const where = options.editorLinks ? `<a href="#" data-line="${f.line - 1}" data-column="${f.column - 1}">${escapeHtml(place)}</a>`
            : href ? `<a href="${escapeHtml(href)}">${escapeHtml(place)}</a>` : escapeHtml(place);
        return `<li><code>${where}</code> <strong>${f.severity === 'info' ? 'note' : f.severity}</strong>: ${escapeHtml(f.message)} <small>(${escapeHtml(f.rule)})</small></li>`;
    }).join('\n')}\n</ul>`;
}

function scoreCell(c: CriterionResult): string {
    if (c.score === undefined) return `<span class="na">${c.status === 'not applicable' ? 'n/a' : '–'}</span>`;
    return `<span class="${statusClass(c.status)}" title="${escapeHtml(c.status)}">${c.score}</span>`;
}

function statusClass(status: Status): string {
    return status === 'met' ? 'met' : status === 'partly' ? 'partly' : status === 'not met' ? 'not-met' : 'na';
}

function howScored(): string {
    return `<p class="notice">How the score is worked out: each criterion starts at 100; each error its checks find takes off ${PENALTY.error}, `
        + `each warning ${PENALTY.warning} and each note ${PENALTY.info}. ${MET} or more with no errors or warnings is met; below ${PARTLY} is not met; `
        + 'anything between is partly met. The overall score is the average of the criteria that apply.</p>';
}

/** Sorts a table by the column whose heading is selected; a second selection reverses it. */
const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var key = function (row) {
        var cell = row.cells[col];
        var value = cell.getAttribute('data-sort') || cell.textContent.trim();
        return value !== '' && !isNaN(Number(value)) ? Number(value) : value.toLowerCase();
      };
      Array.prototype.slice.call(body.rows).sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      }).forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;
