import type { Rule } from '../rule.js';
import { privacyPersonalDataLive } from './personal-data-live.js';
import { privacyPersonalData } from './personal-data.js';

/** The rules of the group 'privacy', in the order their findings are listed. */
export const privacyRules: readonly Rule[] = [privacyPersonalData, privacyPersonalDataLive];
