import type { Rule } from '../rule.js';
import { evidenceFactSource } from './fact-source.js';
import { evidenceHearsay } from './hearsay.js';
import { evidenceOpinionAsFact } from './opinion-as-fact.js';
import { evidenceOpinionBasis } from './opinion-basis.js';
import { evidenceOpinionOwner } from './opinion-owner.js';

/** The rules of the group 'evidence', in the order their findings are listed. */
export const evidenceRules: readonly Rule[] = [evidenceFactSource, evidenceOpinionOwner, evidenceOpinionBasis, evidenceOpinionAsFact, evidenceHearsay];
