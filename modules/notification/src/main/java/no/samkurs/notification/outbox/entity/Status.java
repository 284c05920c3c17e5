package no.samkurs.notification.outbox.entity;

/** Where a notice's delivery stands: waiting to be sent (or tried again), sent, or given up with its reason. */
public enum Status {
    PENDING, SENT, FAILED
}
