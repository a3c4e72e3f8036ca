import { readFileSync, readdirSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { test } from 'vitest';
import { createAssessmentLensServices } from '../language/src/index.js';
test('check', async () => {
  const dir = process.env.RECDIR!;
  for (const name of readdirSync(dir).sort()) {
    const { shared } = createAssessmentLensServices(EmptyFileSystem);
    const f = dir + '/' + name;
    const d = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(f, 'utf8'), URI.file(f));
    shared.workspace.LangiumDocuments.addDocument(d);
    await shared.workspace.DocumentBuilder.build([d], { validation: true });
    console.log('=== ' + name + '\n' + ((d.diagnostics ?? []).map(x => `${x.range.start.line + 1}:${x.range.start.character + 1} [${x.code}] ${x.message}${x.data && (x.data as any).suggestions ? " " + JSON.stringify((x.data as any).suggestions) : ""}`).join('\n') || 'no findings'));
  }
});
