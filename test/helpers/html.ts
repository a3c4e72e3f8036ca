import type { DefaultTreeAdapterMap } from 'parse5';

/** Reading HTML parsed with parse5 in tests: elements that match, their attributes and their text. */
export type Element = DefaultTreeAdapterMap['element'];
export type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'] | DefaultTreeAdapterMap['documentFragment'];

/** Every element under a node, in document order, that matches. */
export function find(node: Node, match: (e: Element) => boolean): Element[] {
    const found: Element[] = [];
    const visit = (n: Node) => {
        if ('tagName' in n && match(n as Element)) found.push(n as Element);
        for (const child of ('childNodes' in n ? n.childNodes : []) as Node[]) visit(child);
    };
    visit(node);
    return found;
}

export function attr(e: Element, name: string): string | undefined {
    return e.attrs.find(a => a.name === name)?.value;
}

export function textOf(node: Node): string {
    if ((node as { nodeName: string }).nodeName === '#text') return (node as unknown as { value: string }).value;
    return (('childNodes' in node ? node.childNodes : []) as Node[]).map(textOf).join('');
}
