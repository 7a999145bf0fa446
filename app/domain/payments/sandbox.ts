// The built-in sandbox gateway's choices (shown in the browser, so free of server-only imports).

/** The sandbox's outcomes, as the payer chooses them on its page, with VNPay's response codes. */
export const SANDBOX_OUTCOMES = {
  success: { vnp_ResponseCode: '00', vnp_TransactionStatus: '00' },
  cancel: { vnp_ResponseCode: '24', vnp_TransactionStatus: '02' },
  insufficientFunds: { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' },
  timeout: { vnp_ResponseCode: '11', vnp_TransactionStatus: '02' },
} as const
export type SandboxOutcome = keyof typeof SANDBOX_OUTCOMES

export const SANDBOX_BANKS = ['NCB', 'VCB', 'BIDV', 'AGRIBANK', 'VNPAYQR'] as const
