/**
 * A small, complete assessment (invented: every person, place and date is made up) that the
 * assessment and voice rules all pass. Tests take a part out or change it, and list the lines
 * where the finding should be.
 */
export const LEO = `assessment "Child and family assessment for Leo"
  kind: single assessment
  referral: 05/01/2026
  started: 06/01/2026
  day 10 review: 19/01/2026
  completed: 20/02/2026
  lead: Dev
  purpose: The nursery is worried that Leo often arrives hungry. This assessment looks at
    what life is like for Leo and what help the family needs.

people
  child Leo "Leo Marsh", born 02/08/2021, lives with his mum
  mother Chloe "Chloe Marsh"
  father Tom "Tom Reid", lives in Fenwick, sees Leo on Saturdays
  worker Dev "Dev Patel", social worker
  agency Nursery "Bramble Lane Nursery"

voice of Leo
  seen: 08/01/2026 at home, with Chloe
  seen alone: 13/01/2026 at nursery, in the book corner
  > Mummy is sleepy in the mornings.
  wishes: to have pasta for tea and to see Daddy's dog on Saturdays.

views of Chloe
  > Some days I can't get going in the morning. I do love him.

views of Tom
  > I could have him more if Chloe wanted.

developmental needs
  fact: Leo came to nursery hungry on 9 of 20 days in December.
    source: Nursery, breakfast log, 05/01/2026

parenting capacity
  Chloe loves Leo, but on some mornings her low mood means she cannot get him fed.

family and environment
  Chloe lost her job in October.

strengths
  Chloe and Tom both love Leo and talk to each other about him.

worries
  worry hungry: Leo often has no breakfast and arrives at nursery hungry.

information from agencies
  consent: Chloe agreed on 06/01/2026 that Dev could speak to the nursery.

analysis
  The breakfast log fits this: Leo is hungry mostly on Mondays, after weekends when Chloe is
  on her own.

decision: child in need plan

  Leo is a child in need.
`;

/** The 1-based line on which some words first appear in a text. */
export function lineOf(text: string, words: string): number {
    const at = text.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in the record`);
    return text.slice(0, at).split('\n').length;
}

/** The record with some lines taken out (each given in full, without its line break), and no double blank lines left. */
export function without(text: string, ...lines: string[]): string {
    return lines.reduce((t, line) => {
        if (!t.includes(`${line}\n`)) throw new Error(`"${line}" is not a line of the record`);
        return t.replace(`${line}\n`, '');
    }, text).replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}
