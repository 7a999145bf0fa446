import { createContext, useContext } from 'react'

/** The CSP nonce of this response, for the inline scripts Remix writes (empty in the browser, which hides it). */
export const NonceContext = createContext('')
export const useNonce = () => useContext(NonceContext)
