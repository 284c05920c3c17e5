package no.samkurs.directory.people.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local accounts: people who sign in with e-mail and a PBKDF2-hashed password; creating them, and changing their
 * roles, home and status, each change announced as an {@link AccountChanged}.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/samkurs",
        // Without a password hash a person signs in by token only: no row, so no password ever matches.
        callerQuery = "SELECT password_hash FROM person WHERE email = ? AND active = TRUE"
                + " AND password_hash IS NOT NULL",
        groupsQuery = "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
public class Accounts {

    private static final String ACCOUNT = "SELECT p.id, p.email, p.active, p.municipality_number, p.organisation_id, "
            + "r.role FROM person p LEFT JOIN person_role r ON r.person_id = p.id WHERE p.email = ?";

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/samkurs")
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    Event<AccountChanged> changed;

    protected Accounts() {
    }

    /** Outside the container (tests): no hasher, so only people without a password can be created. */
    public Accounts(EntityManager em) {
        this.em = em;
    }

    /** The same, with the database for {@link #account}. */
    public Accounts(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    public Optional<Person> byEmail(String email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normalised(email))
                .getResultStream().findFirst();
    }

    /**
     * The account of the person with this e-mail, by plain JDBC: every request signed in by token asks this once,
     * and the persistence provider's query machinery (a new persistence context per call outside a transaction)
     * cost several times the query itself (measured in the enrollment benchmark).
     */
    public Optional<Account> account(String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ACCOUNT)) {
            query.setString(1, Person.normalised(email));
            try (ResultSet rows = query.executeQuery()) {
                Account account = null;
                Set<Role> roles = EnumSet.noneOf(Role.class);
                while (rows.next()) {
                    if (account == null) {
                        account = new Account(rows.getString(1), rows.getString(2), rows.getBoolean(3), Set.of(),
                                rows.getString(4), rows.getString(5));
                    }
                    Role.ofName(rows.getString(6)).ifPresent(roles::add);
                }
                return Optional.ofNullable(account).map(a -> new Account(a.id(), a.email(), a.active(), roles,
                        a.municipalityNumber(), a.organisationId()));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the account failed", e);
        }
    }

    public Optional<Person> byId(String id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /**
     * Creates a person at home in the municipality or organisation with the given number or id (either may be
     * null). Without a password (null) the person has no local password and signs in by token (later SSO) only:
     * the identity store below never finds them. Joins the caller's transaction, if there is one.
     */
    @Transactional
    public Person create(String email, String name, String password, Set<Role> roles,
                         String municipalityNumber, String organisationId) {
        Municipality municipality = municipality(municipalityNumber);
        Organisation organisation = organisation(organisationId);
        if (byEmail(email).isPresent()) {
            throw RuleViolation.conflict("Det finnes allerede en bruker med e-postadressen " + Person.normalised(email) + ".");
        }
        Person person = new Person(email, name, roles, municipality, organisation);
        if (password != null) {
            person.changePasswordHash(hash(password));
        }
        em.persist(person);
        return person;
    }

    /**
     * Gives a person new roles and home. The version is the one the administrator saw: if someone changed the
     * person since, nothing is changed and the answer is a conflict, never a silently lost update.
     */
    @Transactional
    public Person reassign(String id, long version, Set<Role> roles, String municipalityNumber,
                           String organisationId, Person by) {
        Person person = current(id, version);
        person.reassign(roles, municipality(municipalityNumber), organisation(organisationId), by);
        return announce(person);
    }

    /** Deactivates an account: its password no longer signs in, at once also for remembered HTTP Basic. */
    @Transactional
    public Person deactivate(String id, long version, Person by) {
        Person person = current(id, version);
        person.deactivate(by);
        return announce(person);
    }

    @Transactional
    public Person reactivate(String id, long version) {
        Person person = current(id, version);
        person.reactivate();
        return announce(person);
    }

    private Person current(String id, long version) {
        Person person = byId(id).orElseThrow(() -> RuleViolation.notFound("Fant ingen person med id «" + id + "»."));
        if (person.version() != version) {
            throw stale();
        }
        return person;
    }

    private Person announce(Person person) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
        changed.fire(new AccountChanged(person.id()));
        return person;
    }

    private static RuleViolation stale() {
        return RuleViolation.conflict("Personen er endret av noen andre siden du hentet den. Hent den på nytt og "
                + "gjør endringen igjen.");
    }

    private Municipality municipality(String number) {
        return number == null ? null : Optional.ofNullable(em.find(Municipality.class, number)).orElseThrow(() ->
                RuleViolation.invalid("municipality", "Fant ingen kommune med nummer " + number + "."));
    }

    private Organisation organisation(String id) {
        return id == null ? null : Optional.ofNullable(em.find(Organisation.class, id)).orElseThrow(() ->
                RuleViolation.invalid("organisation", "Fant ingen organisasjon med id «" + id + "»."));
    }

    String hash(String password) {
        hasher.initialize(HASH_PARAMETERS);
        return hasher.generate(password.toCharArray());
    }
}
