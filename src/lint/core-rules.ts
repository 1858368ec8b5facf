import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ResolvedRule} from './config.js'

export {coreRuleIds} from '../check/rule-ids.js'

/**
 * Apply settings to the messages parse and check already put on the file:
 * `off` drops a rule's messages, `warn` and `error` set how fatal they are.
 * parse and check themselves are left as they are; a rule not configured
 * keeps the severity the core gave it.
 */
export function applyCoreRules(file: VFile, settings: ReadonlyMap<string, ResolvedRule>): void {
  if (settings.size === 0) return
  file.messages = file.messages.filter((message) => {
    const setting = message.source === 'argmark' && message.ruleId ? settings.get(message.ruleId) : undefined
    if (!setting) return true
    if (setting.severity === 0) return false
    message.fatal = setting.severity === 2
    return true
  })
}

/** The unified plugin form: runs after the lint rules, before comment controls. */
export function argmarkCoreRules(settings: ReadonlyMap<string, ResolvedRule>) {
  return function (_tree: Root, file: VFile): undefined {
    applyCoreRules(file, settings)
  }
}
