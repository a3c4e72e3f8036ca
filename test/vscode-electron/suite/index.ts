// The scenarios that run inside VS Code (see ../run.ts). VS Code loads this module and calls
// run(); each scenario throws when the editor does not do what it should.
import { scenarios } from './scenarios.js';

export async function run(): Promise<void> {
    const failures: string[] = [];
    for (const [name, scenario] of scenarios) {
        const started = Date.now();
        try {
            await scenario();
            console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
            const message = error instanceof Error ? error.stack ?? error.message : String(error);
            failures.push(`${name}: ${message}`);
            console.log(`  ✗ ${name}\n    ${message.replace(/\n/g, '\n    ')}`);
        }
    }
    console.log(`${scenarios.length - failures.length} passed, ${failures.length} failed`);
    if (failures.length > 0) throw new Error(`${failures.length} of ${scenarios.length} editor scenarios failed.`);
}
