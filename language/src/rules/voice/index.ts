import type { Rule } from '../rule.js';
import { voiceMissing } from './missing.js';
import { voiceOwnWords } from './own-words.js';
import { voiceSeenAlone } from './seen-alone.js';

/** The rules of the group 'voice', in the order their findings are listed. */
export const voiceRules: readonly Rule[] = [voiceMissing, voiceOwnWords, voiceSeenAlone];
