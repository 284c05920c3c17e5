package no.samkurs.enrollment.roster.control;

import jakarta.persistence.EntityManager;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.Wired;
import no.samkurs.enrollment.booking.control.Arrivals;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.PolicyDetails;
import no.samkurs.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk enrollment through booking's real desk and the real schema, on each database we run on. The desk is called
 * directly, one request at a time, instead of through the lanes and their managed executor.
 */
abstract class BulkEnrollmentsContract extends OnDatabase {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    /** Arrivals that admit each request at once, in a transaction of its own, as a batch of one. */
    final class Direct extends Arrivals {

        final List<Request> requests = new ArrayList<>();

        @Override
        public CompletableFuture<Placement> enroll(Request r) {
            requests.add(r);
            Arrival arrival = new Arrival(r.offeringId(), r.personId(), r.municipality(), r.service(),
                    r.idempotencyKey(), r.enrolledBy(), clock.instant(), requests.size());
            return CompletableFuture.completedFuture(wired(w -> w.desk.admit(r.offeringId(), List.of(arrival)))
                    .get(0));
        }
    }

    final Direct arrivals = new Direct();

    List<BulkEnrollments.Result> run(Caller caller, String offeringId, BulkRows.Row... rows) {
        EntityManager em = jpa.createEntityManager();
        try {
            Wired wired = new Wired(em, clock, changes);
            BulkEnrollments bulk = new BulkEnrollments();
            bulk.em = em;
            bulk.arrivals = arrivals;
            return bulk.run(caller, em.find(Offering.class, offeringId), List.of(rows), BOKMAL);
        } finally {
            em.close();
        }
    }

    Person contact(String municipality) {
        return person("Kontakt", municipality, Role.MUNICIPAL_CONTACT);
    }

    static BulkRows.Row row(Person person, String service) {
        return new BulkRows.Row(person.email(), service);
    }

    Enrollment enrollment(String id) {
        return tx(em -> em.find(Enrollment.class, id));
    }

    long enrollments(String offeringId) {
        return tx(em -> em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.offeringId = :o", Long.class)
                .setParameter("o", offeringId).getSingleResult());
    }

    @Test
    void validRowsAreEnrolledAndTheOthersReportedOnTheirRow() {
        String offering = offering("Trygg base", 1);
        Person contact = contact("5501");
        Person kari = participant("Kari", "5501");
        Person ola = participant("Ola", "5501");
        Person alta = participant("Anne", "5601");
        Person gone = participant("Borte", "5501");
        tx(em -> {
            em.find(Person.class, gone.id()).deactivate(em.find(Person.class, contact.id()));
            return null;
        });
        List<BulkEnrollments.Result> results = run(Caller.of(contact), offering, row(kari, "school"),
                row(ola, " NAV "), new BulkRows.Row("ikke-en-adresse", "school"),
                new BulkRows.Row("ukjent@example.no", null), row(alta, null), row(gone, null),
                new BulkRows.Row(kari.email().toUpperCase(Locale.ROOT), "ppt"), row(contact, "skole"));

        assertEquals(List.of("confirmed", "waitlisted", "invalid", "invalid", "invalid", "invalid", "invalid",
                "invalid"), results.stream().map(BulkEnrollments.Result::status).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), results.stream().map(BulkEnrollments.Result::row).toList());
        assertNull(results.get(0).position());
        assertEquals(1, results.get(1).position());
        assertEquals(List.of(new FieldError("email", BulkRows.NOT_FOUND)), results.get(3).errors());
        assertEquals(results.get(3).errors(), results.get(4).errors(), "another municipality looks like nobody");
        assertEquals(results.get(3).errors(), results.get(5).errors(), "a deactivated person looks like nobody");
        assertEquals("Samme e-postadresse står allerede på rad 1.", results.get(6).errors().get(0).message());
        assertEquals("service", results.get(7).errors().get(0).field());

        Enrollment first = enrollment(results.get(0).enrollmentId());
        assertEquals(kari.id(), first.personId());
        assertEquals(contact.id(), first.enrolledBy().orElseThrow());
        assertEquals("5501", first.municipality().orElseThrow());
        assertEquals("school", first.service().orElseThrow());
        assertEquals("nav", enrollment(results.get(1).enrollmentId()).service().orElseThrow());
        assertEquals(2, arrivals.requests.size(), "only the valid rows reach the desk");
        assertEquals(2L, enrollments(offering));
    }

    @Test
    void theSameUploadAgainCreatesNothingNew() {
        String offering = offering("Traumebevisst omsorg", 1);
        Person contact = contact("5501");
        Person kari = participant("Kari", "5501");
        Person ola = participant("Ola", "5501");
        List<BulkEnrollments.Result> first = run(Caller.of(contact), offering, row(kari, null), row(ola, null));
        List<BulkEnrollments.Result> again = run(Caller.of(contact), offering, row(kari, null), row(ola, null));
        assertEquals(List.of("exists", "exists"), again.stream().map(BulkEnrollments.Result::status).toList());
        assertEquals(first.stream().map(BulkEnrollments.Result::enrollmentId).toList(),
                again.stream().map(BulkEnrollments.Result::enrollmentId).toList());
        assertEquals(1, again.get(1).position(), "the waiting keep their place");
        assertEquals(2L, enrollments(offering));
    }

    @Test
    void whatTheDeskRefusesIsReportedOnTheRowWithItsReason() {
        String offering = offering("Vold i nære relasjoner", 10);
        wired(w -> w.enrollments.setPolicy(offering, null, new PolicyDetails(null, 1, 0, null, null, false), true));
        Person contact = contact("5501");
        List<BulkEnrollments.Result> results = run(Caller.of(contact), offering,
                row(participant("Kari", "5501"), null), row(participant("Ola", "5501"), null));
        assertEquals("confirmed", results.get(0).status());
        BulkEnrollments.Result refused = results.get(1);
        assertEquals("refused", refused.status());
        assertEquals("municipality-full", refused.reason());
        assertEquals("Kommunen din har allerede brukt sin ene plass i dette tilbudet. Snakk med kommunekontakten din.",
                refused.message());
        assertNull(refused.enrollmentId());
    }

    @Test
    void anAdministratorEnrollsPeopleOfAnyMunicipality() {
        String offering = offering("Åpent for alle", 10);
        Person admin = person("Admin", "0301", Role.ADMINISTRATOR);
        Person alta = participant("Anne", "5601");
        List<BulkEnrollments.Result> results = run(Caller.of(admin), offering, row(alta, "kindergarten"));
        assertEquals("confirmed", results.get(0).status());
        assertNotNull(results.get(0).enrollmentId());
        assertEquals("5601", arrivals.requests.get(arrivals.requests.size() - 1).municipality());
        assertTrue(results.get(0).errors() == null);
    }
}
