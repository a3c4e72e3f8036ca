import { expectHover } from 'langium/test';
import { describe, test } from 'vitest';
import { makeServices, record } from '../helpers/services.js';

const services = makeServices().AssessmentLens;

describe('hover over words the fact and opinion checks point at', () => {
    test('a guess says which words make it an opinion, and why', async () => {
        await expectHover(services)({
            text: record`
                analysis
                  Kelly app<|>ears to be tired most mornings.
            `,
            index: 0,
            hover: /\*\*Reads as an opinion, not a fact\*\*[\s\S]*These words make it so: "appears"[\s\S]*a guess or an impression[\s\S]*evidence\/opinion-as-fact/
        });
    });

    test('hearsay says it is second-hand', async () => {
        await expectHover(services)({
            text: record`
                parenting capacity
                  It was rep<|>orted that Kelly leaves the children alone.
            `,
            index: 0,
            hover: /Second-hand, with no source[\s\S]*"It was reported"[\s\S]*who told you, and when/
        });
    });

    test('a word that is both jargon and a judgement shows both', async () => {
        await expectHover(services)({
            text: record`
                parenting capacity
                  The home is cha<|>otic.
            `,
            index: 0,
            hover: /\*\*chaotic\*\*[\s\S]*---[\s\S]*Reads as an opinion, not a fact/
        });
    });

    test('words in quotes are someone\'s own, and have no hover', async () => {
        await expectHover(services)({
            text: record`
                views of Kelly
                  Kelly said "the house is a t<|>ip" when I visited.
            `,
            index: 0,
            hover: undefined
        });
    });
});
