import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TOKEN_TYPES } from '../../language/src/lsp/semantic-tokens.js';
import { makeServices, record } from '../helpers/services.js';

const services = makeServices().AssessmentLens;
const highlight = highlightHelper(services);

const head = record`
    assessment "Assessment for Mia"
      lead: Hannah
    people
      child Mia "Mia Carter", born 03/09/2018
      mother Kelly "Kelly Carter"
      worker Hannah "Hannah Price", social worker
      agency School "Oakfield Primary School"
`;

describe('semantic tokens: facts, opinions and own words look different', () => {
    test('the labels of a fact and an opinion are keywords; whose opinion it is is a name; the opinion\'s words are coloured', async () => {
        const tokens = await highlight(head + record`
            developmental needs
              <|fact:|> Mia's attendance was 78% in the autumn term.
                <|source:|> School, attendance register, 15/01/2026
              <|opinion of|> <|School|>: <|Mia is often tired in the morning.|>
                <|based on:|> breakfast club records from January
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: TOKEN_TYPES.label });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: TOKEN_TYPES.label });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: TOKEN_TYPES.label });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: TOKEN_TYPES.owner });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: TOKEN_TYPES.opinion });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: TOKEN_TYPES.label });
        const factWords = tokens.tokens.filter(t => t.text.includes('attendance was 78%'));
        expect(factWords, 'the words of a plain fact keep the plain colour').toEqual([]);
    });

    test('a person\'s own words: a ">" line and words in quotes', async () => {
        const tokens = await highlight(head + record`
            views of Kelly
              Kelly said <|"the flat is chaotic"|> on 21/01/2026.
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: TOKEN_TYPES.ownWords });
        const quoted = await highlight(head + 'voice of Mia\n  > I like it when Dad walks me to school.\n');
        expect(quoted.tokens.find(t => t.text === '> I like it when Dad walks me to school.')?.tokenType).toBe(TOKEN_TYPES.ownWords);
    });

    test('in a fact, the words that make it an opinion stand out, and the sentence reads as an opinion', async () => {
        const tokens = await highlight(head + record`
            parenting capacity
              fact: <|Kelly's home is|> <|untidy|><|.|>
                source: Hannah, home visit, 21/01/2026
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: TOKEN_TYPES.opinion });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: TOKEN_TYPES.opinionWords });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: TOKEN_TYPES.opinion });
    });

    test('hearsay words stand out in plain writing; jargon has its own colour', async () => {
        const tokens = await highlight(head + record`
            information from agencies
              <|It was reported|> that the family are <|known to services|>.
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: TOKEN_TYPES.opinionWords });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: TOKEN_TYPES.jargon });
    });

    test('an opinion that runs over two lines is coloured line by line, without the indentation', async () => {
        const tokens = await highlight(head + record`
            analysis
              opinion of Hannah: <|Kelly loves Mia and walks her to school,|>
                <|but on some mornings she cannot get up.|>
                based on: home visits on 21/01/2026 and 04/02/2026
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: TOKEN_TYPES.opinion });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: TOKEN_TYPES.opinion });
    });

    test('a check that is turned off is not coloured', async () => {
        const quiet = makeServices({ rules: { 'evidence/hearsay': 'off', 'language/jargon': 'off' } }).AssessmentLens;
        const tokens = await highlightHelper(quiet)(head + record`
            information from agencies
              It was reported that the family are known to services.
        `);
        expect(tokens.tokens.filter(t => t.tokenType === TOKEN_TYPES.opinionWords || t.tokenType === TOKEN_TYPES.jargon)).toEqual([]);
    });
});
