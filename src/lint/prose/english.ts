import {detectVagueAttributions} from './attribution.js'
import type {ProseLanguage} from './language.js'
import {englishIsQuotedTerm} from './quoted-term.js'
import {englishSpeaker} from './speaker.js'
import {detectStatistics} from './statistic.js'
import {statisticModel} from './statistic-weights.js'
import {detectSuperlatives} from './superlative.js'
import {englishIsReference, englishSourceLink, englishTextReferences} from './support.js'

/** The English language module of the prose rules: its detectors, speakers and cues of support. */
export const english: ProseLanguage = {
  code: 'en',
  statistics: (text, options) => detectStatistics(text, options?.model ? statisticModel : undefined),
  vagueAttributions: detectVagueAttributions,
  superlatives: detectSuperlatives,
  isQuotedTerm: englishIsQuotedTerm,
  speaker: englishSpeaker,
  textReferences: englishTextReferences,
  sourceLink: englishSourceLink,
  isReference: englishIsReference
}
