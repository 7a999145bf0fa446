// The built-in sandboxes (SMS gateway, national portal) speak their real HTTP protocol, and the portal talks to
// them with the same client code it uses for the real services: the request is handed to the sandbox's
// handler in this process instead of a socket, so the demo needs no address of its own.
export type RequestHandler = (request: Request) => Promise<Response>

export function inProcessFetch(handler: RequestHandler): typeof fetch {
  return async (input, init) => handler(new Request(input, init))
}
