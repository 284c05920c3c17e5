package no.samkurs.calendar.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The feeds' one counter: raised in every transaction that changes what any feed shows, so that an ETag made from
 * it changes with the commit. One row; writers lock it (no version: concurrent raises wait, they do not fail).
 */
@Entity
@Table(name = "calendar_generation")
public class Generation {

    public static final int ID = 1;

    @Id
    private int id;

    private long generation;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Generation() {
    }

    public void raise(Instant now) {
        generation++;
        if (changedAt == null || now.isAfter(changedAt)) {
            changedAt = now;
        }
    }

    public long generation() {
        return generation;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
