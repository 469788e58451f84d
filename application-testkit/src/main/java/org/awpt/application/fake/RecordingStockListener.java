package org.awpt.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.application.port.StockListener;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/** Records every stock change it hears about; thread-safe. */
public final class RecordingStockListener implements StockListener {
    private final List<StockNotice> heard = new CopyOnWriteArrayList<>();

    @Override
    public void stockChanged(List<StockChange> changes, List<StockStatus> current) {
        heard.add(new StockNotice(changes, current));
    }

    /** Everything heard, oldest first. */
    public List<StockNotice> heard() {
        return List.copyOf(heard);
    }

    /** Every change heard, in order. */
    public List<StockChange> changes() {
        return heard.stream().flatMap(h -> h.changes().stream()).toList();
    }

    /** Forgets everything heard. */
    public void clear() {
        heard.clear();
    }

}
