package no.samkurs.catalog.offering.control;

/**
 * The counts of an offering's seats moved (observed after commit): the search's live seat board follows without
 * reindexing the offering. {@code capacity} is null when the offering has no limit.
 */
public record SeatsChanged(String offeringId, Integer capacity, int taken, int waitlisted) {

    public boolean full() {
        return capacity != null && taken >= capacity;
    }
}
