/** Made at build time by scripts/bundle-web.mjs. */
declare module 'playground-data:examples' {
    /** the records in examples/, by file name */
    const examples: Array<{ name: string; text: string }>;
    export default examples;
}

declare module 'playground-data:rule-pages' {
    /** each rule's page (docs/rules/<id>.md) as HTML, by rule id */
    const pages: Record<string, string>;
    export default pages;
}

declare module '*.css';
