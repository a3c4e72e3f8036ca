import type { FileResult } from '../check.js';

/**
 * JUnit XML, as CI servers show test results: one test suite per record, one test case per
 * check that is on. A check fails when it finds an error; its warnings and notes are listed
 * as the test's output. A record that could not be read is a suite with one error.
 */
export function formatJunit(results: readonly FileResult[], ruleIds: readonly string[]): string {
    let tests = 0;
    let failures = 0;
    let errors = 0;
    const suites = results.map(file => {
        if (file.problem !== undefined) {
            tests += 1;
            errors += 1;
            return `  <testsuite name="${attr(file.file)}" tests="1" failures="0" errors="1" skipped="0">\n`
                + `    <testcase classname="${attr(file.file)}" name="read the record">\n`
                + `      <error message="${attr(file.problem)}" type="unreadable">${text(file.problem)}</error>\n`
                + '    </testcase>\n  </testsuite>';
        }
        let suiteFailures = 0;
        // A document gets the prose checks only: its suite lists those.
        const ids = file.rules ? ruleIds.filter(id => file.rules!.includes(id)) : ruleIds;
        const cases = ids.map(id => {
            const found = file.diagnostics.filter(d => d.rule === id);
            const failing = found.filter(d => d.severity === 'error');
            const others = found.filter(d => d.severity !== 'error');
            const where = (d: typeof found[number]) => d.place ? `${file.file}, ${d.place}` : `${file.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
            const line = (d: typeof found[number]) => `${where(d)} ${d.severity === 'info' ? 'note' : d.severity}: ${d.place && d.quote ? `"${d.quote}": ` : ''}${d.message}`;
            let body = '';
            if (failing.length > 0) {
                suiteFailures++;
                body += `      <failure message="${attr(`${failing.length} error${failing.length === 1 ? '' : 's'}: ${failing[0].message}`)}" type="error">`
                    + `${text(failing.map(line).join('\n'))}</failure>\n`;
            }
            if (others.length > 0) body += `      <system-out>${text(others.map(line).join('\n'))}</system-out>\n`;
            return `    <testcase classname="${attr(file.file)}" name="${attr(id)}"${body ? `>\n${body}    </testcase>` : ' />'}`;
        });
        tests += ids.length;
        failures += suiteFailures;
        return `  <testsuite name="${attr(file.file)}" tests="${ids.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="assessment-lens" tests="${tests}" failures="${failures}" errors="${errors}">\n`
        + `${suites.join('\n')}\n</testsuites>`;
}

/** Characters XML cannot hold at all are dropped; the rest are escaped. */
function text(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]!));
}

function attr(value: string): string {
    return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
