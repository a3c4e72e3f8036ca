/**
 * The panels beside the record (outline, preview, quality report, a check's page). One shows
 * at a time; its button says whether it is open, and opening it moves the focus to its heading.
 */
export type PanelId = 'outline' | 'preview' | 'report' | 'rule';

export class Panels {
    private readonly refreshers = new Map<PanelId, () => Promise<void> | void>();
    private shown: PanelId | undefined;

    constructor() {
        for (const id of ['outline', 'preview', 'report', 'rule'] as const) {
            this.button(id).addEventListener('click', () => {
                if (this.shown === id) this.close();
                else void this.open(id);
            });
        }
    }

    private button(id: PanelId): HTMLButtonElement {
        return document.getElementById(`show-${id}`) as HTMLButtonElement;
    }

    private panel(id: PanelId): HTMLElement {
        return document.getElementById(`${id}-panel`)!;
    }

    /** What fills a panel when it opens, and again when the record changes. */
    onRefresh(id: PanelId, refresh: () => Promise<void> | void): void {
        this.refreshers.set(id, refresh);
    }

    isOpen(id: PanelId): boolean {
        return this.shown === id;
    }

    async open(id: PanelId, focus = true): Promise<void> {
        if (this.shown && this.shown !== id) this.close();
        this.shown = id;
        this.panel(id).hidden = false;
        this.button(id).setAttribute('aria-expanded', 'true');
        await this.refresh();
        if (focus) (this.panel(id).querySelector('h3') as HTMLElement | null)?.focus();
    }

    close(): void {
        if (!this.shown) return;
        this.panel(this.shown).hidden = true;
        this.button(this.shown).setAttribute('aria-expanded', 'false');
        this.shown = undefined;
    }

    /** Fills the open panel again. */
    async refresh(): Promise<void> {
        if (this.shown) await this.refreshers.get(this.shown)?.();
    }
}
