import data from '../../data/privacy-identifiers.json' with { type: 'json' };

/**
 * Finds UK personal identifiers in plain text: NHS numbers (only with a valid check digit),
 * National Insurance numbers, full postcodes, telephone numbers and email addresses. Numbers
 * and addresses that can never belong to anyone (Ofcom's drama numbers, reserved email
 * domains) are left alone, so that exemplars can use them.
 */

export type IdentifierKind = 'nhs' | 'ni' | 'postcode' | 'phone' | 'email';

export interface FoundIdentifier {
    kind: IdentifierKind;
    /** offsets in the text: the first character and the one after the last */
    start: number;
    end: number;
}

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Ten digits, written together or as 3-3-4 with spaces or hyphens. */
const NHS = new RegExp(String.raw`${NOT_BEFORE}\d{3}([ -]?)\d{3}\1\d{4}${NOT_AFTER}`, 'gu');

/** Two letters, six digits (in pairs or together) and a letter A to D, in capitals. */
const NI = new RegExp(String.raw`${NOT_BEFORE}([A-Z])([A-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]${NOT_AFTER}`, 'gu');

/** A full postcode: the outward code, an optional space, and the inward code (the pattern of the UK government's data standard). */
const POSTCODE = new RegExp(NOT_BEFORE + '(?:GIR ?0AA|(?:'
    + '[A-PR-UWYZ][0-9][0-9]?'
    + '|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?'
    + '|[A-PR-UWYZ][0-9][A-HJKPSTUW]'
    + '|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]'
    + ') ?[0-9][ABD-HJLNP-UW-Z]{2})' + NOT_AFTER, 'gu');

/** A number starting +44, 0044 or 0, with ten or eleven digits in all, in groups split by spaces, hyphens or brackets. */
const PHONE = new RegExp(String.raw`(?<![\p{L}\p{N}+])(?:\+44 ?(?:\(0\) ?)?|0044 ?|\(?0)(?:\d[ )-]{0,2}){8,9}\d(?!\p{N})`, 'gu');

/**
 * UK numbers as dialled at home: eleven digits (geographic 01 and 02, non-geographic 03, 08 and 09,
 * mobile 07), or the few with ten (some 016977 numbers, some 0800 freephone numbers).
 */
const NATIONAL = /^0(?:[1-37-9]\d{9}|16977\d{4}|800\d{6})$/;

const EXCLUDED_FIRST = new Set(data.niExcludedFirst);
const EXCLUDED_SECOND = new Set(data.niExcludedSecond);
const UNUSED_PREFIXES = new Set(data.niUnusedPrefixes);

/** True when ten digits pass the NHS number's modulus 11 check. */
export function isValidNhsNumber(digits: string): boolean {
    if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) return false;
    return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** True when two letters may begin a National Insurance number (the letters HMRC never uses are left out). */
export function isNiPrefix(first: string, second: string): boolean {
    return !EXCLUDED_FIRST.has(first) && !EXCLUDED_SECOND.has(second) && !UNUSED_PREFIXES.has(first + second);
}

/** The number as dialled within the UK (starting 0), or undefined when it is not a UK number. */
export function nationalNumber(written: string): string | undefined {
    const digits = written.replace(/\D/g, '');
    const abroad = written.startsWith('+44') ? digits.slice(2) : digits.startsWith('0044') ? digits.slice(4) : undefined;
    // +44 (0)7700 ...: the 0 in brackets is not dialled from abroad
    const national = abroad === undefined ? digits : '0' + abroad.replace(/^0/, '');
    return NATIONAL.test(national) ? national : undefined;
}

/** Numbers Ofcom keeps for TV and radio drama: they are never given to anyone. */
export function isDramaNumber(national: string): boolean {
    return data.dramaPhonePrefixes.some(prefix => national.startsWith(prefix));
}

/** Email domains kept for examples and testing, which can never reach a person. */
export function isReservedEmailDomain(domain: string): boolean {
    const d = domain.toLowerCase();
    return data.reservedEmailDomains.some(r => d === r || d.endsWith('.' + r))
        || data.reservedEmailEndings.some(e => d.endsWith(e) || d === e.slice(1));
}

const LOCAL = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;

/** Email addresses, found from each `@` outwards, so that a long run of letters costs no more than reading it once. */
function findEmails(text: string, found: FoundIdentifier[]): void {
    let at = text.indexOf('@');
    while (at >= 0) {
        let start = at;
        while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1])) start--;
        let end = at + 1;
        while (end < text.length && end - at < 254 && DOMAIN.test(text[end])) end++;
        while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
        while (start < at && text[start] === '.') start++;
        const domain = text.slice(at + 1, end);
        if (start < at && /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(domain)
            && !isReservedEmailDomain(domain)) {
            found.push({ kind: 'email', start, end });
        }
        at = text.indexOf('@', end > at ? end : at + 1);
    }
}

function overlaps(found: readonly FoundIdentifier[], start: number, end: number): boolean {
    return found.some(f => f.start < end && start < f.end);
}

/** Every identifier in a text, in the order they appear. */
export function findIdentifiers(text: string): FoundIdentifier[] {
    const found: FoundIdentifier[] = [];
    for (const m of text.matchAll(NHS)) {
        if (isValidNhsNumber(m[0].replace(/\D/g, ''))) found.push({ kind: 'nhs', start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(NI)) {
        if (isNiPrefix(m[1], m[2])) found.push({ kind: 'ni', start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(POSTCODE)) found.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length });
    const numbers = found.filter(f => f.kind === 'nhs');
    for (const m of text.matchAll(PHONE)) {
        const start = m.index;
        const end = start + m[0].length;
        const national = nationalNumber(m[0]);
        if (!national || isDramaNumber(national) || overlaps(numbers, start, end)) continue;
        found.push({ kind: 'phone', start, end });
    }
    findEmails(text, found);
    return found.sort((a, b) => a.start - b.start);
}
