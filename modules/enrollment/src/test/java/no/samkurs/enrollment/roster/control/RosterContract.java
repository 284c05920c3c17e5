package no.samkurs.enrollment.roster.control;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.roster.entity.Attendance;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static no.samkurs.enrollment.Fixtures.NOW;
import static no.samkurs.enrollment.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant list and a municipality's enrollments through the real schema, on each database we run on. */
abstract class RosterContract extends OnDatabase {

    <T> T withRoster(Function<Roster, T> work) {
        return tx(em -> {
            Roster roster = new Roster();
            roster.em = em;
            return work.apply(roster);
        });
    }

    List<Participant> participants(String offeringId, boolean all) {
        return tx(em -> {
            Roster roster = new Roster();
            roster.em = em;
            return roster.participants(em.find(Offering.class, offeringId), all);
        });
    }

    private void cancel(String offeringId, Placement placement) {
        wired(w -> w.enrollments.cancel(offeringId, placement.enrollmentId(),
                new Enrollments.Canceller(placement.personId(), false), null));
    }

    @Test
    void confirmedParticipantsComeByArrivalThenTheWaitlistInItsOrder() {
        String offering = offering("Trygg base", 2);
        Person kari = participant("Kari Nordmann", "5501");
        Person ola = participant("Ola Nordmann", "5501");
        Person siri = participant("Siri Sørensen", "5601");
        Person per = participant("Per Ås", "5501");
        admit(offering, NOW, kari, ola, siri, per);
        List<Participant> list = participants(offering, false);
        assertEquals(List.of("Kari Nordmann", "Ola Nordmann", "Siri Sørensen", "Per Ås"),
                list.stream().map(Participant::name).toList());
        assertEquals(List.of("confirmed", "confirmed", "waitlisted", "waitlisted"),
                list.stream().map(Participant::status).toList());
        assertEquals(Arrays.asList(null, null, 1, 2), list.stream().map(Participant::position).toList());
        Participant first = list.get(0);
        assertEquals(kari.email(), first.email());
        assertEquals(kari.id(), first.personId());
        assertEquals("5501", first.municipalityNumber());
        assertEquals("Tromsø", first.municipalityName());
        assertEquals("Alta", list.get(2).municipalityName());
        assertEquals("school", first.service());
        assertEquals(NOW, first.arrivedAt());
        assertNotNull(first.confirmedAt());
        assertNull(list.get(2).confirmedAt());
    }

    @Test
    void aPromotedParticipantJoinsTheConfirmedAndTheCancelledShowOnlyWithAll() {
        String offering = offering("Traumebevisst omsorg", 1);
        Person kari = participant("Kari", "5501");
        Person ola = participant("Ola", "5501");
        Person siri = participant("Siri", "5501");
        List<Placement> placed = admit(offering, NOW, kari, ola);
        admit(offering, NOW.plusSeconds(60), siri);
        cancel(offering, placed.get(0));
        List<Participant> active = participants(offering, false);
        assertEquals(List.of("Ola:confirmed:null", "Siri:waitlisted:1"), active.stream()
                .map(p -> p.name() + ":" + p.status() + ":" + p.position()).toList());
        List<Participant> all = participants(offering, true);
        assertEquals(List.of("Ola", "Siri", "Kari"), all.stream().map(Participant::name).toList());
        assertEquals("cancelled", all.get(2).status());
        assertEquals(NOW, all.get(2).cancelledAt());
    }

    @Test
    void attendanceIsShownForEverySessionInTheSessionsOrder() {
        String offering = offering("Vold i nære relasjoner", 5);
        List<Placement> placed = admit(offering, NOW, participant("Kari", "5501"), participant("Ola", "5501"));
        List<String> sessions = tx(em -> em.find(Offering.class, offering).sessions().stream()
                .sorted(java.util.Comparator.comparing(Session::startsAt)).map(Session::id).toList());
        tx(em -> {
            em.persist(new Attendance(placed.get(0).enrollmentId(), sessions.get(0), true, "editor", START));
            em.persist(new Attendance(placed.get(1).enrollmentId(), sessions.get(0), false, "editor", START));
            return null;
        });
        List<Participant> list = participants(offering, false);
        assertEquals(List.of(START, SECOND_START), list.get(0).attendance().stream()
                .map(Participant.Mark::startsAt).toList());
        assertEquals(sessions, list.get(0).attendance().stream().map(Participant.Mark::sessionId).toList());
        assertEquals(Arrays.asList(true, null), list.get(0).attendance().stream()
                .map(Participant.Mark::attended).toList());
        assertEquals(Arrays.asList(false, null), list.get(1).attendance().stream()
                .map(Participant.Mark::attended).toList());
    }

    @Test
    void theListHoldsOnlyTheOfferingsOwnPeople() {
        String mine = offering("Mitt tilbud", 5);
        String other = offering("Et annet tilbud", 5);
        admit(mine, NOW, participant("Kari", "5501"));
        admit(other, NOW, participant("Ola", "5501"));
        assertEquals(List.of("Kari"), participants(mine, true).stream().map(Participant::name).toList());
        assertEquals(List.of(), participants(offering("Tomt tilbud", 5), true));
    }

    @Test
    void aMunicipalitysEnrollmentsComeNewestFirstWithOfferingAndPlaceInLine() {
        String full = offering("Fullt kurs", 1);
        String open = offering("Åpent kurs", 10);
        Person alta = participant("Anne i Alta", "5601");
        Person kari = participant("Kari i Tromsø", "5501");
        Person ola = participant("Ola i Tromsø", "5501");
        admit(full, NOW, alta);
        List<Placement> waiting = admit(full, NOW.plusSeconds(60), kari);
        admit(full, NOW.plusSeconds(120), ola);
        admit(open, NOW.plusSeconds(180), kari);
        List<String> mine = List.of(full, open);
        Function<Boolean, List<MunicipalEnrollment>> tromso = all -> withRoster(r -> r.ofMunicipality("5501", all))
                .stream().filter(e -> mine.contains(e.offeringId())).toList();
        List<MunicipalEnrollment> list = tromso.apply(false);
        assertEquals(List.of("Kari i Tromsø:Åpent kurs:confirmed:null", "Ola i Tromsø:Fullt kurs:waitlisted:2",
                "Kari i Tromsø:Fullt kurs:waitlisted:1"), list.stream()
                .map(e -> e.name() + ":" + e.offeringTitle() + ":" + e.status() + ":" + e.position()).toList());
        assertEquals(open, list.get(0).offeringId());
        assertEquals(kari.email(), list.get(0).email());
        assertEquals("school", list.get(0).service());
        assertEquals(NOW.plusSeconds(180), list.get(0).arrivedAt());

        cancel(full, waiting.get(0));
        assertEquals(List.of("Åpent kurs:null", "Fullt kurs:1"), tromso.apply(false).stream()
                .map(e -> e.offeringTitle() + ":" + e.position()).toList());
        assertEquals(List.of("confirmed", "waitlisted", "cancelled"), tromso.apply(true).stream()
                .map(MunicipalEnrollment::status).toList());
        assertEquals(List.of("Anne i Alta"), withRoster(r -> r.ofMunicipality("5601", true)).stream()
                .filter(e -> mine.contains(e.offeringId())).map(MunicipalEnrollment::name).toList());
    }

    @Test
    void aMunicipalitysListComesInPagesWithItsCounts() {
        String full = offering("Fullt kurs to", 1);
        String open = offering("Åpent kurs to", 10);
        Person siri = participant("Siri i Bodø", "1804");
        Person per = participant("Per i Bodø", "1804");
        Person liv = participant("Liv i Bodø", "1804");
        admit(full, NOW, siri);
        admit(full, NOW.plusSeconds(60), per);
        admit(full, NOW.plusSeconds(120), liv);
        admit(open, NOW.plusSeconds(180), per);
        List<MunicipalEnrollment> whole = withRoster(r -> r.ofMunicipality("1804", true));
        assertTrue(whole.size() >= 4, "at least this test's four");
        List<String> ids = whole.stream().map(MunicipalEnrollment::enrollmentId).toList();
        assertEquals(ids.subList(0, 2), withRoster(r -> r.ofMunicipality("1804", true, 0, 2)).stream()
                .map(MunicipalEnrollment::enrollmentId).toList());
        List<MunicipalEnrollment> second = withRoster(r -> r.ofMunicipality("1804", true, 2, 2));
        assertEquals(ids.subList(2, 4), second.stream().map(MunicipalEnrollment::enrollmentId).toList());
        assertEquals(whole.subList(2, 4).stream().map(MunicipalEnrollment::position).toList(),
                second.stream().map(MunicipalEnrollment::position).toList(), "places in line as in the whole list");
        Map<String, Long> counts = withRoster(r -> r.countsOfMunicipality("1804", true));
        for (String status : List.of("confirmed", "waitlisted", "cancelled")) {
            assertEquals(whole.stream().filter(e -> e.status().equals(status)).count(),
                    counts.getOrDefault(status, 0L), status);
        }
    }

    @Test
    void aMunicipalityWithoutEnrollmentsHasAnEmptyList() {
        assertEquals(List.of(), withRoster(r -> r.ofMunicipality("0301", true)));
    }
}
