// The built-in sandbox gateway's choices (shown in the browser, so free of server-only imports).

/**
 * The sandbox's outcomes, as the payer chooses them on its page, with VNPay's response codes. `ipn: false` is a
 * success whose notification never reaches the portal: the transaction query (querydr) has to find it.
 */
export const SANDBOX_OUTCOMES = {
  success: { vnp_ResponseCode: '00', vnp_TransactionStatus: '00', ipn: true },
  successIpnLost: { vnp_ResponseCode: '00', vnp_TransactionStatus: '00', ipn: false },
  cancel: { vnp_ResponseCode: '24', vnp_TransactionStatus: '02', ipn: true },
  insufficientFunds: { vnp_ResponseCode: '51', vnp_TransactionStatus: '02', ipn: true },
  timeout: { vnp_ResponseCode: '11', vnp_TransactionStatus: '02', ipn: true },
} as const
export type SandboxOutcome = keyof typeof SANDBOX_OUTCOMES

export const SANDBOX_BANKS = ['NCB', 'VCB', 'BIDV', 'AGRIBANK', 'VNPAYQR'] as const

/** VNPay's payment response codes the portal explains in words on its result page (payment.codes.<code>). */
export const EXPLAINED_RESPONSE_CODES = ['07', '09', '10', '11', '12', '13', '24', '51', '65', '75', '79'] as const
