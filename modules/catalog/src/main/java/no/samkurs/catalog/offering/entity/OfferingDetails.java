package no.samkurs.catalog.offering.entity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything an editor writes about an offering, already parsed from the request; the aggregate checks the rules. */
public record OfferingDetails(
        Kind kind, Delivery delivery, String title, String summary, String description,
        Set<Topic> topics, Set<TargetGroup> targetGroups, boolean national, Set<String> counties,
        String language, int priceNok, Integer capacity, Instant enrollmentOpens, Instant enrollmentCloses,
        Contact contact, Venue venue, List<Link> links, List<SessionDetails> sessions) {
}
