package no.samkurs.directory.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone who uses Samkurs. Signs in with e-mail and password today; single sign-on (ID-porten, Feide, Entra ID)
 * will add identities beside the password without changing the person.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.roles WHERE p.email = :email")
public class Person {

    public static final String BY_EMAIL = "Person.byEmail";

    /**
     * The e-mail and name rules of every way in (one person, an import), which {@code NewPerson} names. The address
     * pattern only catches a slip of the finger; whether it reaches anyone only a mail can tell.
     */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int EMAIL_MAX = 254;
    public static final String EMAIL_NEEDED = "E-postadresse må fylles ut.";
    public static final String EMAIL_INVALID = "E-postadressen er ikke gyldig.";
    public static final String EMAIL_TOO_LONG = "E-postadressen kan være høyst 254 tegn.";
    public static final int NAME_MAX = 200;
    public static final String NAME_NEEDED = "Navn må fylles ut.";
    public static final String NAME_TOO_LONG = "Navnet kan være høyst 200 tegn.";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    /** The languages Samkurs speaks, as language tags. */
    public static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

    @Id
    private String id;

    private String email;

    private String name;

    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    // The same columns as plain values, read-only: who asks and from where, without loading the referenced rows.
    @Column(name = "municipality_number", insertable = false, updatable = false)
    private String municipalityNumber;

    @Column(name = "organisation_id", insertable = false, updatable = false)
    private String organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active;

    /** The language the person reads in: "nb", "nn" or "en"; null until chosen. */
    private String language;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    /**
     * A new person with their roles and home. The home must fit the roles: participants and municipal contacts
     * work in a municipality, editors and coordinators in an organisation, coordinators at a statsforvalter office.
     */
    public Person(String email, String name, Set<Role> roles, Municipality municipality, Organisation organisation) {
        rulesBrokenBy(roles, municipality, organisation).stream().findFirst().ifPresent(rule -> {
            throw rule.violation();
        });
        this.id = UUID.randomUUID().toString();
        this.email = normalised(email);
        this.name = name.strip();
        this.roles = EnumSet.copyOf(roles);
        this.municipality = municipality;
        this.organisation = organisation;
        this.municipalityNumber = municipality == null ? null : municipality.number();
        this.organisationId = organisation == null ? null : organisation.id();
        this.active = true;
        this.createdAt = Instant.now();
    }

    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with an e-mail address and a name, all of it, by field; empty when both will do. */
    public static List<Problem.FieldError> detailsBrokenBy(String email, String name) {
        List<Problem.FieldError> broken = new ArrayList<>();
        if (email == null || email.isBlank()) {
            broken.add(new Problem.FieldError("email", EMAIL_NEEDED));
        } else if (email.length() > EMAIL_MAX) {
            broken.add(new Problem.FieldError("email", EMAIL_TOO_LONG));
        } else if (!EMAIL.matcher(email).matches()) {
            broken.add(new Problem.FieldError("email", EMAIL_INVALID));
        }
        if (name == null || name.isBlank()) {
            broken.add(new Problem.FieldError("name", NAME_NEEDED));
        } else if (name.length() > NAME_MAX) {
            broken.add(new Problem.FieldError("name", NAME_TOO_LONG));
        }
        return broken;
    }

    /**
     * The rules a person with these roles and this home would break, all of them, in the order of the form: at
     * least one role; participants and municipal contacts in a municipality; editors and coordinators in an
     * organisation, coordinators at a statsforvalter office. Empty when they fit.
     */
    public static List<PersonRule> rulesBrokenBy(Set<Role> roles, Municipality municipality,
                                                 Organisation organisation) {
        List<PersonRule> broken = new ArrayList<>();
        if (roles.isEmpty()) {
            broken.add(PersonRule.ROLE_NEEDED);
        }
        if (municipality == null && roles.stream().anyMatch(r -> r.home() == Role.Home.MUNICIPALITY)) {
            broken.add(PersonRule.MUNICIPALITY_NEEDED);
        }
        if (organisation == null && roles.stream().anyMatch(r -> r.home() == Role.Home.ORGANISATION)) {
            broken.add(PersonRule.ORGANISATION_NEEDED);
        } else if (roles.contains(Role.REGIONAL_COORDINATOR) && organisation.type() != OrganisationType.STATSFORVALTER) {
            broken.add(PersonRule.STATSFORVALTER_NEEDED);
        }
        return broken;
    }

    /** The rules that giving this person these roles and this home would break, when {@code by} does it. */
    public List<PersonRule> rulesBrokenByReassigning(Set<Role> roles, Municipality municipality,
                                                     Organisation organisation, Person by) {
        List<PersonRule> broken = rulesBrokenBy(roles, municipality, organisation);
        if (by.id.equals(id) && has(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
            broken.add(PersonRule.OWN_ADMINISTRATOR_ROLE);
        }
        return broken;
    }

    /** Gives the person new roles and home, which must fit each other (see {@link #rulesBrokenBy}). */
    public void reassign(Set<Role> roles, Municipality municipality, Organisation organisation, Person by) {
        rulesBrokenByReassigning(roles, municipality, organisation, by).stream().findFirst().ifPresent(rule -> {
            throw rule.violation();
        });
        this.roles = EnumSet.copyOf(roles);
        this.municipality = municipality;
        this.organisation = organisation;
        this.municipalityNumber = municipality == null ? null : municipality.number();
        this.organisationId = organisation == null ? null : organisation.id();
    }

    /** Sets the password hash made by the container's PBKDF2 hasher; the plain password never reaches the entity. */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** A deactivated person cannot sign in; nobody deactivates their own account. */
    public void deactivate(Person by) {
        if (by.id.equals(id)) {
            throw PersonRule.OWN_ACCOUNT.violation();
        }
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Remembers the language the person reads in; one of {@link #LANGUAGES}. */
    public void preferLanguage(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw RuleViolation.invalid("language", "Språket må være nb, nn eller en.");
        }
        this.language = tag;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The number of the municipality the person works in, without reading the municipality. */
    public Optional<String> municipalityNumber() {
        return Optional.ofNullable(municipalityNumber);
    }

    /** The id of the person's organisation, without reading the organisation. */
    public Optional<String> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Optional<Municipality> municipality() {
        return Optional.ofNullable(municipality);
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
