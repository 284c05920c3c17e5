package no.samkurs.calendar.feed.control;

import java.time.Instant;

/** What a conditional GET of a feed is answered from, without the database: its name, ETag and Last-Modified. */
public record Freshness(String name, String etag, Instant lastModified) {

    /** Whether an If-None-Match header names this ETag (or "*"); weak and strong forms alike. */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an If-Modified-Since time (seconds) is not older than Last-Modified. */
    public boolean unmodifiedSince(Instant since) {
        return since != null && !lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
    }
}
