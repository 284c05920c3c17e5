package no.samkurs.web.account;

import no.samkurs.catalog.offering.entity.Status;

import java.time.Instant;

/** An offering the person follows, as Min side lists it: what, whether it still takes place, and when next. */
public record FollowedOffering(String id, String title, Status status, Instant next) {

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }
}
