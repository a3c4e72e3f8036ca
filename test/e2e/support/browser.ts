// Starts Debian's Chromium (the `chromium` package) headless through playwright-core, for the
// end-to-end tests. `scripts/e2e/setup.mjs` makes sure the browser is installed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; override with the CHROMIUM_PATH environment variable. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches that keep a headless browser quiet, offline and the same on every machine. */
export const chromiumArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** Launches headless Chromium. Close it with `browser.close()` when the tests are done. */
export async function launchChromium(): Promise<Browser> {
    if (!existsSync(chromiumPath)) {
        throw new Error(`Chromium was not found at ${chromiumPath}. Run "node scripts/e2e/setup.mjs" (as root) to install it, or set CHROMIUM_PATH.`);
    }
    return chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
        timeout: 60_000
    });
}
