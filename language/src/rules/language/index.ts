import type { Rule } from '../rule.js';
import { languageAcronym } from './acronym.js';
import { languageBlaming } from './blaming.js';
import { languageJargon } from './jargon.js';
import { languageLongSentence } from './long-sentence.js';
import { languageReadability } from './readability.js';

/** The rules of the group 'language', in the order their findings are listed. */
export const languageRules: readonly Rule[] = [languageBlaming, languageJargon, languageAcronym, languageReadability, languageLongSentence];
