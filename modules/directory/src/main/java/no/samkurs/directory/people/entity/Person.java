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
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who uses Samkurs. Signs in with e-mail and password today; single sign-on (ID-porten, Feide, Entra ID)
 * will add identities beside the password without changing the person.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
public class Person {

    public static final String BY_EMAIL = "Person.byEmail";

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active;

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
        if (roles.isEmpty()) {
            throw RuleViolation.invalid("roles", "En person må ha minst én rolle.");
        }
        this.id = UUID.randomUUID().toString();
        this.email = normalised(email);
        this.name = name.strip();
        this.roles = EnumSet.copyOf(roles);
        this.municipality = municipality;
        this.organisation = organisation;
        this.active = true;
        this.createdAt = Instant.now();
        checkHome();
    }

    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private void checkHome() {
        boolean needsMunicipality = roles.stream().anyMatch(r -> r.home() == Role.Home.MUNICIPALITY);
        boolean needsOrganisation = roles.stream().anyMatch(r -> r.home() == Role.Home.ORGANISATION);
        if (needsMunicipality && municipality == null) {
            throw RuleViolation.invalid("municipality", "Deltakere og kommunekontakter må høre til en kommune.");
        }
        if (needsOrganisation && organisation == null) {
            throw RuleViolation.invalid("organisation", "Redaktører og koordinatorer må høre til en organisasjon.");
        }
        if (roles.contains(Role.REGIONAL_COORDINATOR) && organisation.type() != OrganisationType.STATSFORVALTER) {
            throw RuleViolation.invalid("organisation", "Regionale koordinatorer må høre til et statsforvalterembete.");
        }
    }

    /** Sets the password hash made by the container's PBKDF2 hasher; the plain password never reaches the entity. */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void deactivate() {
        this.active = false;
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
