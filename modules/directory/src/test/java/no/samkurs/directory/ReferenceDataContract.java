package no.samkurs.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.directory.organisation.control.NearestCentres;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.control.People;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrated schema and seeded reference data, the same on every database Samkurs runs on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceDataContract {

    private TestDatabase database;
    private EntityManagerFactory unit;
    EntityManager em;
    Regions regions;
    Organisations organisations;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        unit = database.persistenceUnit("directory-test");
        em = unit.createEntityManager();
        regions = new Regions(em);
        organisations = new Organisations(em);
    }

    @AfterAll
    void drop() {
        em.close();
        unit.close();
        database.close();
    }

    @Test
    void norwayHas357MunicipalitiesIn15CountiesWith10StatsforvalterOfficesAnd16Centres() {
        assertEquals(357, regions.municipalities(null, null).size());
        assertEquals(15, regions.counties().size());
        assertEquals(10, organisations.find(OrganisationType.STATSFORVALTER, null).size());
        assertEquals(16, organisations.centres().size());
        assertEquals(5_550_203L, regions.municipalities(null, null).stream().mapToLong(Municipality::population).sum());
    }

    @Test
    void finnmarkHas18MunicipalitiesWithTheirSamiNames() {
        var finnmark = regions.municipalities("56", null);
        assertEquals(18, finnmark.size());
        Municipality kautokeino = regions.municipality("5612").orElseThrow();
        assertEquals("Kautokeino", kautokeino.name());
        assertTrue(kautokeino.officialName().contains("Guovdageaidnu"), kautokeino.officialName());
        assertEquals("Statsforvalteren i Troms og Finnmark",
                organisations.byId(kautokeino.county().statsforvalterId()).orElseThrow().name());
    }

    @Test
    void everyCentreFamilyCoversEachCountyExactlyOnce() {
        for (OrganisationType family : OrganisationType.centreFamilies()) {
            Map<String, Long> coverage = organisations.find(family, null).stream()
                    .flatMap(o -> o.counties().stream())
                    .collect(Collectors.groupingBy(County::number, Collectors.counting()));
            assertEquals(15, coverage.size(), family + " covers " + coverage.keySet());
            assertTrue(coverage.values().stream().allMatch(n -> n == 1), family + ": " + coverage);
        }
        assertEquals(Set.of("rvts-nord"), organisations.find(OrganisationType.RVTS, "56").stream()
                .map(Organisation::id).collect(Collectors.toSet()));
    }

    @Test
    void searchFindsMunicipalitiesByAnyOfTheirNamesCaseInsensitively() {
        assertEquals("5501", regions.municipalities(null, "TROMSØ").get(0).number());
        assertEquals("5612", regions.municipalities("56", "guovdageaidnu").get(0).number());
        assertEquals("0301", regions.municipalities(null, "0301").get(0).number());
        assertTrue(regions.municipalities("56", "oslo").isEmpty());
        assertTrue(regions.municipalities(null, "100%").isEmpty());
    }

    @Test
    void nearestCentresAreMeasuredFromTheAdministrativeCentre() {
        var vardo = NearestCentres.from(regions.municipality("5634").orElseThrow().location(), organisations.centres());
        assertEquals(3, vardo.size());
        var korus = vardo.get(0);
        assertEquals(OrganisationType.KORUS, korus.family());
        assertEquals("korus-nord", korus.centre().id());
        assertEquals(751.4, korus.distanceKm(), 0.5);
        var rvts = vardo.get(1);
        assertEquals("rvts-nord", rvts.centre().id());
        assertEquals(468.2, rvts.distanceKm(), 0.5);
        var oslo = NearestCentres.from(regions.municipality("0301").orElseThrow().location(), organisations.centres());
        assertTrue(oslo.stream().allMatch(n -> n.distanceKm() < 1), oslo.toString());
    }

    @Test
    void aPersonIsStoredWithRolesAndHome() {
        var alta = regions.municipality("5601").orElseThrow();
        em.getTransaction().begin();
        Person person = new Person("Dina@Alta.kommune.no", "Dina", Set.of(Role.PARTICIPANT, Role.MUNICIPAL_CONTACT), alta, null);
        person.changePasswordHash("PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==");
        em.persist(person);
        em.getTransaction().commit();
        em.clear();
        Person stored = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", "dina@alta.kommune.no").getSingleResult();
        assertEquals(Set.of(Role.PARTICIPANT, Role.MUNICIPAL_CONTACT), stored.roles());
        assertEquals("5601", stored.municipality().orElseThrow().number());
        assertEquals(person.createdAt().getEpochSecond(), stored.createdAt().getEpochSecond());
        assertEquals(1, stored.version());
        assertEquals("5601", stored.municipalityNumber().orElseThrow());
        var account = new no.samkurs.directory.people.control.Accounts(em, database.dataSource()).account("DINA@alta.kommune.no").orElseThrow();
        assertEquals(new no.samkurs.directory.people.control.Account(person.id(), "dina@alta.kommune.no", true,
                Set.of(Role.PARTICIPANT, Role.MUNICIPAL_CONTACT), "5601", null), account);
        assertTrue(new no.samkurs.directory.people.control.Accounts(em, database.dataSource()).account("ingen@alta.kommune.no").isEmpty());
    }

    @Test
    void peopleAreFoundByPartOfNameOrEmailAndByOrganisation() {
        var rvts = organisations.byId("rvts-nord").orElseThrow();
        em.getTransaction().begin();
        em.persist(new Person("per_finn@rvts.no", "Per Finnsen", Set.of(Role.PROVIDER_EDITOR), null, rvts));
        em.persist(new Person("pia@rvts.no", "Pia 100% Finn", Set.of(Role.PROVIDER_EDITOR), null, rvts));
        em.getTransaction().commit();
        em.clear();
        People people = new People(em);
        assertEquals(List.of("Per Finnsen", "Pia 100% Finn"), names(people.find("finn", 0, 10).people()));
        assertEquals(List.of("Pia 100% Finn"), names(people.find("100%", 0, 10).people()), "% is a letter");
        assertEquals(List.of("Per Finnsen"), names(people.find("PER_", 0, 10).people()), "_ too, in the e-mail");
        People.Found second = people.find("rvts.no", 1, 1);
        assertEquals(List.of("Pia 100% Finn"), names(second.people()));
        assertEquals(2, second.total());
        assertEquals(List.of("Per Finnsen", "Pia 100% Finn"), names(people.ofOrganisation("rvts-nord")));
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }
}
