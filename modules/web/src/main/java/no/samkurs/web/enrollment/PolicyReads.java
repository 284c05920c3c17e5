package no.samkurs.web.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.PolicyDetails;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules page's reads: the offering with its rules as stored, in one transaction. */
@ApplicationScoped
public class PolicyReads {

    @Inject
    Offerings offerings;

    @Inject
    Enrollments enrollments;

    /** The offering's facts and its rules (the defaults when none are set). */
    @Transactional
    public Optional<Read> of(String offeringId, Instant now) {
        if (offeringId == null || offeringId.isBlank() || offeringId.length() > 64) {
            return Optional.empty();
        }
        return offerings.byId(offeringId.strip()).map(o -> read(o, enrollments.policy(o.id()), now));
    }

    /** The facts, and the rules as the form starts from them. */
    public record Read(PolicyFacts facts, PolicyDetails details) {
    }

    private Read read(Offering o, Optional<Policy> policy, Instant now) {
        PolicyFacts facts = new PolicyFacts(o.id(), o.title(),
                o.status() == Status.DRAFT || o.status() == Status.PUBLISHED, o.capacity().orElse(null),
                o.seatsTaken(), o.waitlisted(), o.firstStart().orElse(null),
                o.hosts().stream().map(Host::id).collect(Collectors.toUnmodifiableSet()),
                policy.map(Policy::version).orElse(null), policy.map(Policy::reservedSeats).orElse(0),
                policy.map(p -> p.heldAt(now)).orElse(0), enrollments.reservedTaken(o.id()),
                policy.flatMap(Policy::releasedAt).orElse(null));
        return new Read(facts, policy.map(Policy::details).orElse(PolicyDetails.NONE));
    }
}
