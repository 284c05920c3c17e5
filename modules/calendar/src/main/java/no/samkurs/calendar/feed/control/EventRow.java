package no.samkurs.calendar.feed.control;

import java.time.Instant;

/**
 * An event as a feed selects it, without its content: enough to find its rendered text in the cache. The key is
 * made of columns, so it is the same on every instance and changes with every change the feed shows.
 */
record EventRow(String uid, String fingerprint, int sequence, Instant createdAt, Instant lastModified,
                boolean cancelled, Instant startsAt, Instant endsAt) {

    String key(String base) {
        return uid + '|' + fingerprint + '|' + sequence + '|' + lastModified + '|' + createdAt + '|' + base;
    }
}
