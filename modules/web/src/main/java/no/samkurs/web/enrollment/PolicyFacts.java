package no.samkurs.web.enrollment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the rules page shows of an offering besides the form, read in one transaction: the offering, its hosts (whose
 * editors may change the rules), its seats, and what the fair-share seats have done: how many are held now, how
 * many people from eligible municipalities took one, and when any left were released to the line.
 */
public record PolicyFacts(String offeringId, String title, boolean open, Integer capacity, int confirmed,
                          int waitlisted, Instant firstStart, Set<String> hostIds, Long version, int reserved,
                          int heldNow, long heldTaken, Instant releasedAt) implements Serializable {

    /** Whether the offering has ever had fair-share seats set (so that there is something to tell). */
    public boolean hasHeldSeats() {
        return reserved > 0;
    }
}
