package org.awpt.application.fake;

import org.awpt.application.contract.ReminderLogContract;
import org.awpt.application.port.ReminderLog;

class InMemoryReminderLogTest extends ReminderLogContract {
    @Override
    protected ReminderLog newRepository() {
        return new InMemoryReminderLog();
    }
}
