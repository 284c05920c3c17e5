package no.samkurs.notification.outbox.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a message tells. Those with a method carry a calendar part (iMIP): a REQUEST puts the offering's events into
 * the person's calendar, a CANCEL takes them out again. An enrollment's messages go in cycles: each cancellation
 * ({@link #endsCycle()}) ends one, and enrolling again starts the next. Kinds for later (an offering changed or
 * cancelled, reminders, thanks, co-host invitations, digests) fit beside these: a notice's offering, enrollment and
 * position may be empty.
 */
public enum Kind {
    /** Enrolled with a seat: a confirmation with the invitation. */
    CONFIRMED("REQUEST"),
    /** A seat freed and went to this person in line: a confirmation with the invitation. */
    PROMOTED("REQUEST"),
    /** In line, with the position; no invitation. */
    WAITLISTED(null),
    /** A confirmed participant's enrollment was cancelled: the events leave their calendar. */
    CANCELLED("CANCEL"),
    /** Someone waiting in line cancelled: a short notice, no calendar part. */
    LEFT_WAITLIST(null);

    private final String method;

    Kind(String method) {
        this.method = method;
    }

    /** The iTIP method of the calendar part, if the message has one. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Whether the message invites: the recipient holds a seat and may have the join link. */
    public boolean invites() {
        return "REQUEST".equals(method);
    }

    public boolean endsCycle() {
        return this == CANCELLED || this == LEFT_WAITLIST;
    }

    public static List<Kind> endingCycles() {
        return Arrays.stream(values()).filter(Kind::endsCycle).toList();
    }
}
