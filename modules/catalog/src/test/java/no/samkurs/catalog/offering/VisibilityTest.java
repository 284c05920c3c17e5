package no.samkurs.catalog.offering;

import no.samkurs.catalog.offering.boundary.OfferingView;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.search.control.CatalogIndex;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static no.samkurs.catalog.Fixtures.COUNTIES;
import static no.samkurs.catalog.Fixtures.KORUS_NORD;
import static no.samkurs.catalog.Fixtures.RKBU_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_VEST;
import static no.samkurs.catalog.Fixtures.details;
import static no.samkurs.catalog.Fixtures.online;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.webinar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who sees what, in one table: a reader (by role and relation to the offering), an offering (by status and reach),
 * and whether the reader reads it and sees its join links and co-host answers. The policy, the search index and
 * the offering's view must each agree with every row. Every offering is led by RVTS Nord with KoRUS Nord as an
 * accepted co-host, RKBU Nord invited and RVTS Vest declined; all but the national one are for Troms and Finnmark.
 */
class VisibilityTest {

    static final Instant NOW = oslo("2026-11-24T10:00");
    static final Actor LEAD = Actor.editorOf("rvts-nord");

    static final Map<String, Reader> READERS = Map.ofEntries(
            entry("lead editor", new Reader("a@rvts.no", "rvts-nord", true, Set.of(), false)),
            entry("co-host editor", new Reader("b@korus.no", "korus-nord", true, Set.of(), false)),
            entry("invited co-host editor", new Reader("c@rkbu.no", "rkbu-nord", true, Set.of(), false)),
            entry("declined co-host editor", new Reader("d@rvts.no", "rvts-vest", true, Set.of(), false)),
            entry("lead staff, not editor", new Reader("e@rvts.no", "rvts-nord", false, Set.of(), false)),
            entry("coordinator of its counties", new Reader("f@sf.no", "sf-troms-og-finnmark", false,
                    Set.of("55", "56"), false)),
            entry("coordinator elsewhere", new Reader("g@sf.no", "sf-vestland", false, Set.of("46"), false)),
            entry("participant", new Reader("h@tromso.kommune.no", null, false, Set.of(), false)),
            entry("municipal contact", new Reader("i@tromso.kommune.no", null, false, Set.of(), false)),
            entry("visitor", Reader.ANONYMOUS),
            entry("administrator", new Reader("j@samkurs.no", null, false, Set.of(), true)));

    static final Map<String, Offering> OFFERINGS = Map.of(
            "draft", offering(Status.DRAFT, false),
            "published", offering(Status.PUBLISHED, false),
            "cancelled", offering(Status.CANCELLED, false),
            "archived", offering(Status.ARCHIVED, false),
            "national draft", offering(Status.DRAFT, true));

    static final CatalogIndex index = new CatalogIndex();

    static {
        index.put(OFFERINGS.values().stream().map(o -> IndexedOffering.of(o, number -> number, COUNTIES)).toList());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0}, {1}: reads {2}, join links {3}")
    @CsvSource(delimiter = '|', textBlock = """
            lead editor                 | draft          | yes | yes
            lead editor                 | published      | yes | yes
            lead editor                 | cancelled      | yes | yes
            lead editor                 | archived       | yes | yes
            lead editor                 | national draft | yes | yes
            co-host editor              | draft          | yes | yes
            co-host editor              | published      | yes | yes
            co-host editor              | cancelled      | yes | yes
            co-host editor              | archived       | yes | yes
            co-host editor              | national draft | yes | yes
            invited co-host editor      | draft          | yes | yes
            invited co-host editor      | published      | yes | yes
            invited co-host editor      | cancelled      | yes | yes
            invited co-host editor      | archived       | yes | yes
            invited co-host editor      | national draft | yes | yes
            declined co-host editor     | draft          | no  | no
            declined co-host editor     | published      | yes | no
            declined co-host editor     | cancelled      | yes | no
            declined co-host editor     | archived       | yes | no
            declined co-host editor     | national draft | no  | no
            lead staff, not editor      | draft          | no  | no
            lead staff, not editor      | published      | yes | no
            lead staff, not editor      | cancelled      | yes | no
            lead staff, not editor      | archived       | yes | no
            lead staff, not editor      | national draft | no  | no
            coordinator of its counties | draft          | yes | yes
            coordinator of its counties | published      | yes | yes
            coordinator of its counties | cancelled      | yes | yes
            coordinator of its counties | archived       | yes | yes
            coordinator of its counties | national draft | yes | yes
            coordinator elsewhere       | draft          | no  | no
            coordinator elsewhere       | published      | yes | no
            coordinator elsewhere       | cancelled      | yes | no
            coordinator elsewhere       | archived       | yes | no
            coordinator elsewhere       | national draft | yes | yes
            participant                 | draft          | no  | no
            participant                 | published      | yes | no
            participant                 | cancelled      | yes | no
            participant                 | archived       | yes | no
            participant                 | national draft | no  | no
            municipal contact           | draft          | no  | no
            municipal contact           | published      | yes | no
            municipal contact           | cancelled      | yes | no
            municipal contact           | archived       | yes | no
            municipal contact           | national draft | no  | no
            visitor                     | draft          | no  | no
            visitor                     | published      | yes | no
            visitor                     | cancelled      | yes | no
            visitor                     | archived       | yes | no
            visitor                     | national draft | no  | no
            administrator               | draft          | yes | yes
            administrator               | published      | yes | yes
            administrator               | cancelled      | yes | yes
            administrator               | archived       | yes | yes
            administrator               | national draft | yes | yes
            """)
    void theRuleTheSearchAndTheViewAgree(String who, String which, String reads, String links) {
        Reader reader = READERS.get(who);
        Offering offering = OFFERINGS.get(which);
        assertEquals(yes(reads), Visibility.canRead(reader, offering), "the policy lets them read it");
        assertEquals(yes(links), Visibility.seesInside(reader, offering), "the policy shows them join links");
        assertEquals(yes(reads), found(reader).contains(offering.id()), "the search finds it for them");
        OfferingView view = OfferingView.of(offering, reader, Locale.forLanguageTag("nb"));
        assertEquals(yes(links), view.sessions().get(0).joinUrl() != null, "the view carries the join link");
        assertEquals(yes(links), view.coHosts() != null, "the view carries the co-hosts' answers");
    }

    @Test
    void aDraftIsNotFoundByTheAnonymousAndForbiddenToOthers() {
        Offering draft = OFFERINGS.get("draft");
        assertEquals(RuleViolation.Kind.NOT_FOUND, assertThrows(RuleViolation.class,
                () -> Visibility.requireRead(Reader.ANONYMOUS, draft)).kind());
        assertEquals(RuleViolation.Kind.FORBIDDEN, assertThrows(RuleViolation.class,
                () -> Visibility.requireRead(READERS.get("declined co-host editor"), draft)).kind());
    }

    static boolean yes(String answer) {
        return answer.equals("yes");
    }

    static List<String> found(Reader reader) {
        return index.search(SearchRequest.parse(null, Map.of(), null, null, false, false,
                List.of("draft", "published", "cancelled", "archived"), null, 1, 100), reader, NOW).ids();
    }

    /** Led by RVTS Nord; KoRUS Nord accepted, RVTS Vest declined, RKBU Nord invited last and has not answered. */
    static Offering offering(Status status, boolean national) {
        Offering offering = new Offering(RVTS_NORD, national ? details(Kind.WEBINAR, Delivery.DIGITAL,
                "Nasjonalt webinar", Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of(), null,
                List.of(online("2027-02-03T09:00", "2027-02-03T11:00"))) : webinar("Webinar i Troms og Finnmark"), NOW);
        offering.invite(KORUS_NORD, LEAD, NOW);
        offering.answer("korus-nord", true, Actor.editorOf("korus-nord"), NOW);
        offering.invite(RVTS_VEST, LEAD, NOW);
        offering.answer("rvts-vest", false, Actor.editorOf("rvts-vest"), NOW);
        if (status != Status.DRAFT) {
            offering.publish(LEAD, NOW);
        }
        offering.invite(RKBU_NORD, LEAD, NOW);
        if (status == Status.CANCELLED) {
            offering.cancel("Foreleser er syk", LEAD, NOW);
        } else if (status == Status.ARCHIVED) {
            offering.archiveIfEnded(oslo("2027-03-01T00:00"));
        }
        assertEquals(status, offering.status());
        return offering;
    }
}
