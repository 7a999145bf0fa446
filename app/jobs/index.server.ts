// Every job the portal runs; importing this module defines them all (app/runtime.server.ts does).
import '../models/notifications.server.ts'
import '../models/event-messages.server.ts'
import '../models/national-sync.server.ts'
import '../models/outbox.server.ts'
import './maintenance.server.ts'
import './reminders.server.ts'
