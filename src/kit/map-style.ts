import type {MapShape} from './kind.js'

/** Every shape maps know. */
export const mapShapes: readonly MapShape[] = [
  'box',
  'rounded',
  'stadium',
  'hexagon',
  'parallelogram',
  'cylinder',
  'diamond',
  'subroutine'
]

/** A CSS hex colour, the only colour syntax every map format reads the same way. */
export const colorExpression = /^#(?:[\da-f]{3}|[\da-f]{6})$/i
