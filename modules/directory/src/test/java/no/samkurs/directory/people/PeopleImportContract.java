package no.samkurs.directory.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import no.samkurs.directory.people.boundary.PeopleCsv;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.control.PeopleImport;
import no.samkurs.directory.people.control.PeopleImport.Result;
import no.samkurs.directory.people.control.PeopleImport.Row;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing people in bulk against a real database: one result per row, idempotent, no local passwords. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PeopleImportContract {

    private TestDatabase database;
    private EntityManagerFactory unit;
    private EntityManager em;
    private PeopleImport imports;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        unit = database.persistenceUnit("directory-test");
        em = unit.createEntityManager();
        imports = new PeopleImport(new TransactionPerCreate(em));
    }

    @AfterAll
    void drop() {
        em.close();
        unit.close();
        database.close();
    }

    @Test
    void eachRowOfAJsonListGetsItsOwnResultAndBadRowsStopNoOther() {
        List<Result> results = imports.run(List.of(
                new Row(" Nora@Alta.Kommune.no ", "Nora Ny", List.of("participant"), "5601", null),
                new Row("nora@alta.kommune.no", "Nora igjen", List.of("participant"), "5601", null),
                new Row("ikke-en-adresse", "", List.of("participant", "superuser"), "5601", null),
                new Row("kari@rvts.no", "Kari", List.of("provider-editor"), null, null),
                new Row("ola@vardo.kommune.no", "Ola", List.of("participant"), "9999", null),
                new Row("rune@rvts.no", "Rune", List.of("provider-editor"), null, "rvts-nord")));

        assertEquals(List.of(1, 2, 3, 4, 5, 6), results.stream().map(Result::row).toList());
        assertEquals(List.of("created", "exists", "invalid", "invalid", "invalid", "created"),
                results.stream().map(Result::status).toList());
        assertEquals("nora@alta.kommune.no", results.get(0).email());
        assertEquals(results.get(0).id(), results.get(1).id(), "the duplicate names the person already there");
        assertEquals(List.of("email", "name", "roles"), fields(results.get(2)));
        assertEquals(List.of("organisation"), fields(results.get(3)));
        assertEquals(List.of("municipality"), fields(results.get(4)));
        assertNull(results.get(2).id());

        em.clear();
        Person nora = new Accounts(em).byEmail("nora@alta.kommune.no").orElseThrow();
        assertEquals("Nora Ny", nora.name());
        assertEquals(Set.of(Role.PARTICIPANT), nora.roles());
        assertEquals("5601", nora.municipality().orElseThrow().number());
        assertFalse(nora.hasPassword());
        assertTrue(new Accounts(em).byEmail("ola@vardo.kommune.no").isEmpty());
    }

    @Test
    void aCsvUploadIsReadWithEitherSeparatorAndRepeatingItCreatesNothing() {
        String csv = "\uFEFFemail;name;roles;municipality;organisation\n"
                + "dina@alta.kommune.no;Dina;participant|municipal-contact;5601;\n"
                + "sara@sf.no;\"Sara; koordinator\";regional-coordinator;;sf-tromsfinnmark\n"
                + "feil@;Feil;participant;5601;\n";
        List<Result> first = imports.run(PeopleCsv.read(csv));
        assertEquals(List.of("created", "invalid", "invalid"), first.stream().map(Result::status).toList(),
                first.toString());
        assertEquals(List.of("organisation"), fields(first.get(1)), "the id names no organisation");
        assertEquals(List.of("email"), fields(first.get(2)));
        long people = count();

        List<Result> again = imports.run(PeopleCsv.read(csv.replace(';', ',')));
        assertEquals(List.of("exists", "invalid", "invalid"), again.stream().map(Result::status).toList());
        assertEquals(first.get(0).id(), again.get(0).id());
        assertEquals(people, count(), "a repeated upload creates nobody");
        assertEquals(Set.of(Role.PARTICIPANT, Role.MUNICIPAL_CONTACT),
                new Accounts(em).byEmail("dina@alta.kommune.no").orElseThrow().roles());
    }

    @Test
    void aPersonWithoutAPasswordIsNeverFoundByThePasswordCheck() throws SQLException {
        imports.run(List.of(new Row("uten@passord.no", "Uten Passord", List.of("administrator"), null, null)));
        em.getTransaction().begin();
        Person withPassword = new Person("med@passord.no", "Med Passord", Set.of(Role.ADMINISTRATOR), null, null);
        withPassword.changePasswordHash("PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==");
        em.persist(withPassword);
        em.getTransaction().commit();

        assertEquals(List.of(), passwordHashesFor("uten@passord.no"), "no row, so no password can match");
        assertEquals(1, passwordHashesFor("med@passord.no").size());
    }

    @Test
    void moreThanFiveThousandRowsAreRefusedWhole() {
        List<Row> rows = Collections.nCopies(PeopleImport.MAX_ROWS + 1,
                new Row("mange@b.no", "Mange", List.of("administrator"), null, null));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> imports.run(rows));
        assertEquals("rows", refused.field());
        assertEquals(RuleViolation.Kind.INVALID, refused.kind());
        assertTrue(new Accounts(em).byEmail("mange@b.no").isEmpty());
    }

    /** The identity store's own caller query, run as the container runs it. */
    private List<String> passwordHashesFor(String email) throws SQLException {
        String query = Accounts.class.getAnnotation(DatabaseIdentityStoreDefinition.class).callerQuery();
        em.getTransaction().begin();
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(query)) {
            statement.setString(1, email);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> hashes = new java.util.ArrayList<>();
                while (rows.next()) {
                    assertNotNull(rows.getString(1));
                    hashes.add(rows.getString(1));
                }
                return hashes;
            }
        } finally {
            em.getTransaction().commit();
        }
    }

    private long count() {
        return em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
    }

    private static List<String> fields(Result result) {
        return result.errors().stream().map(e -> e.field()).toList();
    }

    /** Stands in for the container's {@code @Transactional} on {@link Accounts#create}: one transaction a call. */
    static class TransactionPerCreate extends Accounts {

        private final EntityManager em;

        TransactionPerCreate(EntityManager em) {
            super(em);
            this.em = em;
        }

        @Override
        public Person create(String email, String name, String password, Set<Role> roles,
                             String municipalityNumber, String organisationId) {
            em.getTransaction().begin();
            try {
                Person person = super.create(email, name, password, roles, municipalityNumber, organisationId);
                em.getTransaction().commit();
                return person;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }
}
