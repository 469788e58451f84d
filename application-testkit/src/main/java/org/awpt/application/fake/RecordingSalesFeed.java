package org.awpt.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.application.port.SalesFeed;
import org.awpt.domain.event.SaleCompleted;

/** Records every sale posted to the feed; thread-safe. */
public final class RecordingSalesFeed implements SalesFeed {
    private final List<SaleCompleted> posted = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    @Override
    public void saleCompleted(SaleCompleted sale) {
        if (down) {
            throw new IllegalStateException("sales channel gone");
        }
        posted.add(sale);
    }

    /** Every post fails from now on, as when the channel was deleted. */
    public RecordingSalesFeed breakDown() {
        down = true;
        return this;
    }

    /** Every sale posted, oldest first. */
    public List<SaleCompleted> posted() {
        return List.copyOf(posted);
    }
}
