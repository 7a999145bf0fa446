// Every job the portal runs; importing this module defines them all (app/runtime.server.ts does).
import '../models/notifications.server.ts'
import '../models/event-messages.server.ts'
import '../models/national-sync.server.ts'
import '../models/outbox.server.ts'
import './maintenance.server.ts'
import './reminders.server.ts'

import { checkPendingPayments } from '../models/payments.server.ts'
import { registerPaymentStatusCheck } from './maintenance.server.ts'

// The five-minute payment check asks the gateway about payments whose IPN never came and sends refunds again.
registerPaymentStatusCheck((prisma) => checkPendingPayments(prisma))
