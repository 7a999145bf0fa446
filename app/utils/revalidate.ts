import type { ShouldRevalidateFunction } from '@remix-run/react'

/**
 * Remix skips loaders after an action answers 4xx. Pages whose refusals can follow partial progress (one slot
 * stored, another too large) or a change by someone else (the dossier moved on) reload their data anyway.
 */
export const revalidateAfterRefusal: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 400 || defaultShouldRevalidate
