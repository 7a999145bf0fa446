// An address with a NUL character (%00) in its path or query is refused before Remix: PostgreSQL text cannot hold
// one, so any route that looked the value up answered 500, and no link or form of the portal makes one. Other
// odd characters are the routes' business (cleaned by the shared text rule or refused with a message there).
import type { Request, Response, NextFunction } from 'express'
import { refuse } from './body-limits.ts'

export function refuseNulInAddress(req: Request, res: Response, next: NextFunction) {
  if (/%00/i.test(req.originalUrl)) return refuse(req, res, 400, 'robust.address.nul')
  next()
}
