import pages from 'playground-data:rule-pages';
import type { Monaco } from '../monaco.js';
import type { Panels } from './panels.js';

/**
 * A check's page, from the pages bundled with the playground. Links to rule pages (in a
 * finding's hover, or from the "show the guidance" quick fix) open here, in the page, and
 * the page's own links to other checks do too.
 */
export class RulePages {
    constructor(private readonly docsBase: string, private readonly panels: Panels) {
        document.getElementById('rule-body')!.addEventListener('click', event => {
            const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
            if (!link) return;
            const id = this.idOf(link.href);
            if (id) {
                event.preventDefault();
                void this.show(id);
            }
        });
    }

    /** The rule id a link points at (`action/when`), if it is one of the rule pages. */
    idOf(url: string): string | undefined {
        const base = `${this.docsBase.replace(/\/$/, '')}/rules/`;
        if (!url.startsWith(base)) return undefined;
        const id = decodeURIComponent(url.slice(base.length)).replace(/\.md(#.*)?$/, '');
        return id in pages ? id : undefined;
    }

    async show(id: string): Promise<void> {
        const body = document.getElementById('rule-body')!;
        // The pages are the project's own, made from docs/rules at build time.
        body.innerHTML = pages[id];
        // The page's title is the panel's heading; the page's own headings sit below it.
        for (const heading of body.querySelectorAll('h1, h2, h3')) {
            const level = Number(heading.tagName[1]) + 3;
            const replacement = document.createElement(level > 6 ? 'p' : `h${level}`);
            replacement.innerHTML = heading.innerHTML;
            heading.replaceWith(replacement);
        }
        document.getElementById('rule-heading')!.textContent = `About the check ${id}`;
        await this.panels.open('rule');
    }

    /** Opens links to rule pages in the panel, from anywhere in the editor. */
    register(monaco: Monaco): void {
        monaco.editor.registerLinkOpener({
            open: resource => {
                const id = this.idOf(resource.toString(true));
                if (!id) return false;
                void this.show(id);
                return true;
            }
        });
    }
}
