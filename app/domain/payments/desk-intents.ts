// The posts of the clerk's fees panel (shown in the browser, so free of server-only imports).
export const FEE_DESK_INTENTS = ['acceptFeeCase', 'rejectFeeCase', 'collectCash', 'cashRefunded'] as const
export type FeeDeskIntent = (typeof FEE_DESK_INTENTS)[number]

export const isFeeDeskIntent = (intent: unknown): intent is FeeDeskIntent => (FEE_DESK_INTENTS as readonly unknown[]).includes(intent)
