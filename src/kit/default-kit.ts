import * as z from 'zod'
import type {AnyKit} from './define-kit.js'
import {defineKit} from './define-kit.js'
import {isKit} from './is-kit.js'
import {describe} from './validate-spec.js'
import {defaultRelationTypes} from './relation.js'

/** The kinds of evidence the default kit knows. */
export const evidenceTypes = [
  'statistic',
  'quotation',
  'example',
  'testimony',
  'document'
] as const

/**
 * The default vocabulary: claim, factor, evidence, objection, recommendation.
 *
 * Which kinds each relation may point at (the relation matrix) is part of
 * each kind's definition; `docs/kit.md` sets it out as a table.
 */
export const defaultKit = defineKit({
  relationTypes: defaultRelationTypes,
  kinds: {
    claim: {
      description: 'A proposition the text asserts; `thesis` marks the main one.',
      attributes: {thesis: z.boolean().optional()},
      relations: {
        supports: ['claim', 'recommendation'],
        attacks: ['claim', 'factor', 'evidence', 'objection', 'recommendation'],
        explains: ['claim'],
        qualifies: ['claim', 'factor', 'evidence', 'objection', 'recommendation']
      }
    },
    factor: {
      description: 'A cause or reason that explains a claim; may belong to a named group.',
      attributes: {group: z.string().min(1).optional()},
      relations: {
        explains: {to: ['claim'], required: true},
        supports: ['claim', 'recommendation'],
        qualifies: ['claim', 'factor']
      }
    },
    evidence: {
      description: 'Data for a claim: a statistic, quotation, example, testimony or document.',
      attributes: {type: z.enum(evidenceTypes)},
      relations: {
        supports: ['claim', 'factor', 'objection', 'recommendation'],
        attacks: ['claim', 'factor', 'evidence', 'objection', 'recommendation'],
        qualifies: ['claim', 'factor', 'evidence']
      }
    },
    objection: {
      description: 'A counter-position that attacks a claim or another node.',
      relations: {
        attacks: {
          to: ['claim', 'factor', 'evidence', 'objection', 'recommendation'],
          required: true
        },
        qualifies: ['claim', 'factor']
      }
    },
    recommendation: {
      description: 'A proposed course of action, supported by claims.',
      relations: {
        supports: ['claim', 'recommendation'],
        qualifies: ['recommendation']
      }
    }
  }
})

/**
 * The kit a call reads with: the caller's, else `defaultKit`. Called once by
 * each entrance (a verb, a plugin, a command); every stage after it is given
 * the kit. Throws a `TypeError` for a `kit` that is not one (``Unexpected kit
 * `"riskkit"`, expected a kit made by `defineKit` or `extend` ``), which
 * TypeScript's types rule out: a document is never read with a kit nobody gave.
 */
export function resolveKit(kit?: AnyKit | undefined): AnyKit {
  if (kit !== undefined && !isKit(kit)) {
    throw new TypeError('Unexpected kit ' + describe(kit) + ', expected a kit made by `defineKit` or `extend` (such as `defaultKit`)')
  }
  return kit ?? defaultKit
}
