import { parseInstant } from './almaty-time';

/** How often Connect figures are collected: Connect's historical metrics come in 5-minute steps. */
export const COLLECTION_MINUTES = 5;

export interface CollectionWindow {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The last whole collection window before `time` (a scheduled run at 10:05:03 collects 10:00-10:05), so
 * windows never overlap and a run that comes late still collects the window it was meant for.
 */
export function collectionWindow(time: string, minutes = COLLECTION_MINUTES): CollectionWindow {
  const step = minutes * 60_000;
  const end = Math.floor(parseInstant(time) / step) * step;
  return { start: new Date(end - step), end: new Date(end) };
}
