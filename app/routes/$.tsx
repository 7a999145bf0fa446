// Any address no other route claims: a 404 rendered by the root error boundary (and no server stack trace).
export function loader() {
  throw new Response('Not found', { status: 404 })
}

export default function NotFound() {
  return null
}
