package no.samkurs.notification.outbox.control;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages one transaction's enrollment changes asked for, until they are written together: a batch of the
 * desk's is one statement, not one per enrollment.
 */
@TransactionScoped
public class Recording implements Serializable {

    private final transient List<Outbox.Entry> entries = new ArrayList<>();

    void add(Outbox.Entry entry) {
        entries.add(entry);
    }

    /** What was asked for since the last time, in order; the list is empty afterwards. */
    List<Outbox.Entry> drain() {
        List<Outbox.Entry> drained = List.copyOf(entries);
        entries.clear();
        return drained;
    }
}
