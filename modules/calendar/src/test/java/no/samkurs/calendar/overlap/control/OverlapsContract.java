package no.samkurs.calendar.overlap.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.calendar.overlap.entity.MarkState;
import no.samkurs.calendar.personal.People;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static no.samkurs.calendar.personal.People.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A region's overlaps from the real schema, with marks stored and shown with their pairs, on each database we run
 * on. The catalogue: in Troms og Finnmark (55, 56), trauma courses for schools in February 2027 by several
 * providers, and offerings that must stay out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverlapsContract {

    static final String REGION = "sf-troms-og-finnmark";

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    EntityManagerFactory jpa;
    final Clock clock = Clock.fixed(Instant.parse("2027-01-15T08:00:00Z"), ZoneOffset.UTC);

    String rvts;
    String korus;
    String coHosted;
    String national;
    String byTheSame;
    String draft;
    String past;
    String elsewhere;
    String seriesOnly;
    Person coordinator;
    Person otherCoordinator;
    Person administrator;

    @BeforeAll
    void catalogue() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("calendar-test");
        inTransaction(em -> {
            rvts = published(em, "rvts-nord", "Traumebevisst praksis i skolen", Set.of("55"), "2027-02-01T09:00").id();
            korus = published(em, "korus-nord", "Trygge klasserom", Set.of("55", "56"), "2027-02-10T09:00").id();
            Offering shared = published(em, "korus-nord", "Samtaler med elever", Set.of("55"), "2027-02-03T09:00");
            shared.invite(em.find(Organisation.class, "rvts-nord"), Actor.anAdministrator(), Instant.now());
            shared.answer("rvts-nord", true, Actor.anAdministrator(), Instant.now());
            coHosted = shared.id();
            national = published(em, "rkbu-nord", "Skolemøter", Set.of(), "2027-03-20T09:00").id();
            byTheSame = published(em, "rvts-nord", "Elevsamtaler", Set.of("56"), "2027-02-02T09:00").id();
            Offering unpublished = published(em, "rkbu-nord", "Utkast", Set.of("55"), "2027-02-01T09:00");
            draft = unpublished.id();
            past = published(em, "rkbu-nord", "Forbi", Set.of("55"), "2027-01-10T09:00").id();
            elsewhere = published(em, "rkbu-nord", "Nordland", Set.of("18"), "2027-02-01T09:00").id();
            Offering network = published(em, "sf-troms-og-finnmark", "Nettverk", Set.of("56"),
                    "2027-01-05T09:00");
            em.flush();
            em.persist(new Series(network, new SeriesDetails(null, LocalDate.of(2027, 3, 2), LocalTime.of(13, 0),
                    LocalTime.of(15, 0), "FREQ=WEEKLY;INTERVAL=2;COUNT=4", Set.of(), null, null),
                    Actor.anAdministrator(), Instant.now()));
            seriesOnly = network.id();
            coordinator = People.at(em, Role.REGIONAL_COORDINATOR, REGION);
            otherCoordinator = People.at(em, Role.REGIONAL_COORDINATOR, "sf-nordland");
            administrator = People.at(em, Role.ADMINISTRATOR, "sf-nordland");
            return null;
        });
        inTransaction(em -> {
            em.createNativeQuery("UPDATE offering SET status = 'DRAFT' WHERE id = ?1").setParameter(1, draft)
                    .executeUpdate();
            return null;
        });
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    <T> T overlaps(Function<Overlaps, T> work) {
        return inTransaction(em -> {
            Overlaps overlaps = new Overlaps();
            overlaps.em = em;
            overlaps.clock = clock;
            return work.apply(overlaps);
        });
    }

    List<String> pairs(int window, Person who) {
        return overlaps(o -> o.find(REGION, window, who).pairs().stream()
                .map(p -> pair(name(p.overlap().first().id()), name(p.overlap().second().id()))).sorted().toList());
    }

    String name(String id) {
        return id.equals(rvts) ? "rvts" : id.equals(korus) ? "korus" : id.equals(coHosted) ? "coHosted"
                : id.equals(national) ? "national" : id.equals(byTheSame) ? "byTheSame"
                : id.equals(seriesOnly) ? "series" : id;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    static RuleViolation.Kind refusal(Executable call) {
        return assertThrows(RuleViolation.class, call).kind();
    }

    @Test
    void theRegionIsTheStatsforvalterOfficeWithItsCounties() {
        Region region = overlaps(o -> o.region(REGION));
        assertEquals(Set.of("55", "56"), region.counties());
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.region("korus-nord"))));
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.region("sf-atlantis"))));
    }

    @Test
    void theRegionsPairsWithinTwoWeeksAreFoundAndNoOthers() {
        List<String> found = pairs(14, coordinator);
        assertEquals(List.of(pair("byTheSame", "korus"), pair("korus", "rvts"), pair("national", "series")), found,
                "9, 8 and 4 days apart; the rest share a host, are too far apart or stay out");
    }

    @Test
    void aWiderWindowReachesTheNationalOfferingAndTheSeriesMeetings() {
        List<String> found = pairs(60, coordinator);
        assertTrue(found.contains(pair("national", "rvts")), found.toString());
        assertTrue(found.contains(pair("korus", "series")), "the series' meetings (2 March on) count: " + found);
        assertTrue(found.stream().noneMatch(p -> p.contains("coHosted") && (p.contains("rvts") || p.contains("korus"))),
                "an accepted co-host is a host in common: " + found);
        assertTrue(found.stream().noneMatch(p -> p.contains("rvts") && p.contains("byTheSame")), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.contains(draft) || p.contains(past) || p.contains(elsewhere)),
                "drafts, offerings all past and offerings for other regions stay out: " + found);
    }

    @Test
    void theWindowIsBetweenNoneAndNinetyDays() {
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> pairs(-1, coordinator)));
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> pairs(91, coordinator)));
        pairs(0, coordinator);
        pairs(90, coordinator);
    }

    @Test
    void onlyTheRegionsCoordinatorsAndAdministratorsSeeAndMark() {
        assertEquals(pairs(14, coordinator), pairs(14, administrator));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> pairs(14, otherCoordinator)));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> pairs(14, null)));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> overlaps(o -> o.mark(REGION, rvts, korus,
                MarkState.CONFLICT, null, null, otherCoordinator))));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> overlaps(o -> {
            o.unmark(REGION, rvts, korus, otherCoordinator);
            return null;
        })));
    }

    @Test
    void aMarkIsStoredAndShownWithItsPairNamedInEitherOrder() {
        MarkedOverlap marked = overlaps(o -> o.mark(REGION, korus, rvts, MarkState.COORDINATED,
                "  Avtalt med KoRUS: de flytter til mars.  ", null, coordinator));
        assertEquals(MarkState.COORDINATED, marked.mark().orElseThrow().state());
        MarkedOverlap shown = overlaps(o -> o.find(REGION, 14, administrator)).pairs().stream()
                .filter(p -> pair(p.overlap().first().id(), p.overlap().second().id()).equals(pair(rvts, korus)))
                .findFirst().orElseThrow();
        var mark = shown.mark().orElseThrow();
        assertEquals("Avtalt med KoRUS: de flytter til mars.", mark.note().orElseThrow());
        assertEquals(coordinator.id(), mark.markedBy());
        assertEquals(clock.instant(), mark.markedAt());
        assertTrue(mark.firstId().compareTo(mark.secondId()) < 0);
        overlaps(o -> {
            o.unmark(REGION, rvts, korus, coordinator);
            return null;
        });
    }

    @Test
    void aMarkIsChangedOnlyFromTheVersionOneSaw() {
        long version = overlaps(o -> o.mark(REGION, rvts, korus, MarkState.CONFLICT, null, null, coordinator))
                .mark().orElseThrow().version();
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> overlaps(o -> o.mark(REGION, rvts, korus,
                MarkState.COORDINATED, "x", null, administrator))), "someone who saw no mark");
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> overlaps(o -> o.mark(REGION, rvts, korus,
                MarkState.COORDINATED, "x", version + 1, administrator))), "someone with another version");
        MarkedOverlap changed = overlaps(o -> o.mark(REGION, korus, rvts, MarkState.COORDINATED, "Løst", version,
                administrator));
        assertEquals(MarkState.COORDINATED, changed.mark().orElseThrow().state());
        assertEquals(administrator.id(), changed.mark().orElseThrow().markedBy());
        assertTrue(changed.mark().orElseThrow().version() > version);
        overlaps(o -> {
            o.unmark(REGION, korus, rvts, coordinator);
            o.unmark(REGION, korus, rvts, coordinator);
            return null;
        });
        assertTrue(overlaps(o -> o.find(REGION, 14, coordinator)).pairs().stream().allMatch(p -> p.mark().isEmpty()));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> overlaps(o -> o.mark(REGION, rvts, korus,
                MarkState.COORDINATED, "x", version, coordinator))), "a mark someone removed meanwhile");
    }

    @Test
    void onlyOverlappingPairsOfKnownOfferingsAreMarked() {
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.mark(REGION, rvts, byTheSame,
                MarkState.CONFLICT, null, null, coordinator))), "same provider");
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.mark(REGION, rvts, elsewhere,
                MarkState.CONFLICT, null, null, coordinator))), "another region");
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.mark(REGION, rvts,
                "00000000-0000-0000-0000-000000000000", MarkState.CONFLICT, null, null, coordinator))));
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.mark(REGION, rvts, rvts,
                MarkState.CONFLICT, null, null, coordinator))), "an offering with itself");
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> overlaps(o -> o.mark("sf-atlantis", rvts, korus,
                MarkState.CONFLICT, null, null, administrator))), "an unknown region");
    }

    @Test
    void aNoteIsAtMostAThousandCharacters() {
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> overlaps(o -> o.mark(REGION, rvts, korus,
                MarkState.CONFLICT, "x".repeat(1001), null, coordinator))));
        MarkedOverlap longest = overlaps(o -> o.mark(REGION, rvts, korus, MarkState.CONFLICT, "æ".repeat(1000),
                null, coordinator));
        assertEquals(1000, overlaps(o -> o.find(REGION, 14, coordinator)).pairs().stream()
                .flatMap(p -> p.mark().stream()).findFirst().orElseThrow().note().orElseThrow().length());
        assertEquals(MarkState.CONFLICT, longest.mark().orElseThrow().state());
        overlaps(o -> {
            o.unmark(REGION, rvts, korus, coordinator);
            return null;
        });
    }
}
