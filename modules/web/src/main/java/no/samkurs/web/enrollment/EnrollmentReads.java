package no.samkurs.web.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the enrollment pages read, each in one transaction so that an offering is read whole, as plain rows: a
 * person's enrollments, their enrollment in one offering, and the service they gave last.
 */
@ApplicationScoped
public class EnrollmentReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrollments enrollments;

    @Inject
    Offerings offerings;

    /** The person's enrollments: the active ones by their first session (undated last), then the cancelled. */
    @Transactional
    public List<EnrollmentRow> of(String personId, Instant now) {
        Comparator<EnrollmentRow> order = Comparator.comparing((EnrollmentRow r) -> !r.isActive())
                .thenComparing(EnrollmentRow::firstStart, Comparator.nullsLast(Comparator.naturalOrder()));
        return enrollments.of(personId).stream().map(e -> row(e, now)).flatMap(Optional::stream).sorted(order)
                .toList();
    }

    /** One enrollment of the person's, or empty when there is none with that id (or it is someone else's). */
    @Transactional
    public Optional<EnrollmentRow> mine(String personId, String enrollmentId, Instant now) {
        if (enrollmentId == null || enrollmentId.isBlank() || enrollmentId.length() > 64) {
            return Optional.empty();
        }
        return enrollments.byId(enrollmentId.strip()).filter(e -> e.personId().equals(personId))
                .flatMap(e -> row(e, now));
    }

    /** The person's active enrollment in the offering, if any. */
    @Transactional
    public Optional<EnrollmentRow> inOffering(String personId, String offeringId, Instant now) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.personId = :p AND e.offeringId = :o",
                        Enrollment.class).setParameter("p", personId).setParameter("o", offeringId).getResultList()
                .stream().filter(e -> e.status().active()).findFirst().flatMap(e -> row(e, now));
    }

    /** The service the person gave when they last enrolled with one, to choose it for them next time. */
    public Optional<String> lastService(String personId) {
        return em.createQuery("SELECT e.service FROM Enrollment e WHERE e.personId = :p AND e.service IS NOT NULL "
                        + "ORDER BY e.arrivedAt DESC", String.class).setParameter("p", personId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    private Optional<EnrollmentRow> row(Enrollment e, Instant now) {
        return offerings.byId(e.offeringId()).map(o -> row(e, o, now));
    }

    private EnrollmentRow row(Enrollment e, Offering o, Instant now) {
        Instant deadline = enrollments.cancelDeadline(o).orElse(null);
        int position = enrollments.position(e);
        return new EnrollmentRow(e.id(), o.id(), o.title(), o.status(), e.status(),
                position == 0 ? null : position, e.service().orElse(null), o.firstStart().orElse(null), deadline,
                e.status().active() && (deadline == null || now.isBefore(deadline)), e.cancelledAt().orElse(null),
                e.cancelReason().orElse(null), o.contact().map(Contact::email).orElse(null));
    }
}
