package no.samkurs.directory.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Local accounts: people who sign in with e-mail and a PBKDF2-hashed password. */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/samkurs",
        callerQuery = "SELECT password_hash FROM person WHERE email = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
public class Accounts {

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    public Optional<Person> byEmail(String email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normalised(email))
                .getResultStream().findFirst();
    }

    public Optional<Person> byId(String id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /**
     * Creates a person with a local password, at home in the municipality or organisation with the given number
     * or id (either may be null). Run inside the caller's transaction.
     */
    public Person create(String email, String name, String password, Set<Role> roles,
                         String municipalityNumber, String organisationId) {
        Municipality municipality = municipalityNumber == null ? null
                : Optional.ofNullable(em.find(Municipality.class, municipalityNumber)).orElseThrow(() ->
                RuleViolation.invalid("municipality", "Fant ingen kommune med nummer " + municipalityNumber + "."));
        Organisation organisation = organisationId == null ? null
                : Optional.ofNullable(em.find(Organisation.class, organisationId)).orElseThrow(() ->
                RuleViolation.invalid("organisation", "Fant ingen organisasjon med id «" + organisationId + "»."));
        if (byEmail(email).isPresent()) {
            throw RuleViolation.conflict("Det finnes allerede en bruker med e-postadressen " + Person.normalised(email) + ".");
        }
        Person person = new Person(email, name, roles, municipality, organisation);
        person.changePasswordHash(hash(password));
        em.persist(person);
        return person;
    }

    String hash(String password) {
        hasher.initialize(HASH_PARAMETERS);
        return hasher.generate(password.toCharArray());
    }
}
