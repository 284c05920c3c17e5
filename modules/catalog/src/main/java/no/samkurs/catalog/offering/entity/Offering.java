package no.samkurs.catalog.offering.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a provider publishes: one aggregate with its sessions and co-hosts. It keeps its own rules: only hosts edit,
 * only the lead cancels or changes co-hosts, publishing waits for every invited co-host's answer, and the revision
 * moves whenever something participants rely on changes (time, place, link, cancellation).
 */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int revision;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private String title;
    private String summary;

    @Lob
    private String description;

    @ElementCollection
    @CollectionTable(name = "offering_topic", joinColumns = @JoinColumn(name = "offering_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic")
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @ElementCollection
    @CollectionTable(name = "offering_target_group", joinColumns = @JoinColumn(name = "offering_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    private boolean national;

    @ElementCollection
    @CollectionTable(name = "offering_county", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "county_number")
    private Set<String> counties = new TreeSet<>();

    private String language;

    @Column(name = "price_nok")
    private int priceNok;

    private Integer capacity;

    @Column(name = "seats_taken")
    private int seatsTaken;

    private int waitlisted;

    @Column(name = "enrollment_opens")
    private Instant enrollmentOpens;

    @Column(name = "enrollment_closes")
    private Instant enrollmentCloses;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "venue_name")
    private String venueName;
    @Column(name = "venue_address")
    private String venueAddress;
    @Column(name = "venue_municipality")
    private String venueMunicipality;

    @ElementCollection
    @CollectionTable(name = "offering_link", joinColumns = @JoinColumn(name = "offering_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "lead_id")
    private Organisation lead;

    @ElementCollection
    @CollectionTable(name = "offering_host", joinColumns = @JoinColumn(name = "offering_id"))
    @OrderColumn(name = "position")
    private List<CoHost> coHosts = new ArrayList<>();

    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Session> sessions = new ArrayList<>();

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Offering() {
    }

    /** A new draft, led by the given organisation. */
    public Offering(Organisation lead, OfferingDetails details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.lead = Objects.requireNonNull(lead);
        this.status = Status.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** An editor of a host (or an administrator) changes the offering; stale versions are refused by JPA. */
    public void update(OfferingDetails details, Actor actor, Instant now) {
        requireHost(actor);
        requireChangeable();
        if (apply(details, now) && status == Status.PUBLISHED) {
            revision++;
        }
    }

    private boolean apply(OfferingDetails details, Instant now) {
        DetailRules.check(details, sessions.stream().map(Session::id).toList());
        if (details.capacity() != null && details.capacity() < seatsTaken) {
            throw RuleViolation.invalid("capacity", "Det er allerede " + seatsTaken + " bekreftede deltakere, så "
                    + "kapasiteten kan ikke settes lavere enn " + seatsTaken + ". Meld av deltakere først.");
        }
        boolean relevant = delivery != details.delivery()
                || !Objects.equals(venue(), Optional.ofNullable(details.venue()));
        kind = details.kind();
        delivery = details.delivery();
        title = details.title().strip();
        summary = details.summary().strip();
        description = details.description() == null ? null : details.description().strip();
        topics = EnumSet.copyOf(details.topics());
        targetGroups = EnumSet.copyOf(details.targetGroups());
        national = details.national();
        counties = new TreeSet<>(national ? Set.of() : details.counties());
        language = details.language();
        priceNok = details.priceNok();
        capacity = details.capacity();
        enrollmentOpens = details.enrollmentOpens();
        enrollmentCloses = details.enrollmentCloses();
        Contact contact = details.contact();
        contactName = contact == null ? null : contact.name();
        contactEmail = contact == null ? null : contact.email();
        contactPhone = contact == null ? null : contact.phone();
        Venue venue = delivery == Delivery.DIGITAL ? null : details.venue();
        venueName = venue == null ? null : venue.name();
        venueAddress = venue == null ? null : venue.address();
        venueMunicipality = venue == null ? null : venue.municipality();
        links = new ArrayList<>(details.links());
        relevant |= applySessions(details.sessions());
        updatedAt = now;
        return relevant;
    }

    /**
     * Sessions named by id are kept (and changed); a session sent without id that has exactly the time of an
     * unclaimed existing one is that session, so that clients which do not echo ids keep calendar identities too.
     */
    private boolean applySessions(List<SessionDetails> wanted) {
        Map<String, Session> unclaimed = new HashMap<>();
        sessions.forEach(s -> unclaimed.put(s.id(), s));
        wanted.stream().map(SessionDetails::id).filter(Objects::nonNull).forEach(unclaimed::remove);
        Map<String, Session> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        boolean relevant = false;
        List<Session> next = new ArrayList<>();
        for (SessionDetails details : wanted) {
            Session session = details.id() != null ? byId.get(details.id()) : unclaimed.values().stream()
                    .filter(s -> s.startsAt().equals(details.startsAt()) && s.endsAt().equals(details.endsAt()))
                    .findFirst().orElse(null);
            if (session == null) {
                next.add(new Session(this, details));
                relevant = true;
            } else {
                unclaimed.remove(session.id());
                relevant |= session.apply(details);
                next.add(session);
            }
        }
        relevant |= !unclaimed.isEmpty();
        next.sort(Comparator.comparing(Session::startsAt));
        sessions.clear();
        sessions.addAll(next);
        return relevant;
    }

    /** The lead invites another organisation to co-host; one that declined earlier may be asked again. */
    public void invite(Organisation organisation, Actor actor, Instant now) {
        requireLead(actor);
        requireChangeable();
        if (organisation.id().equals(lead.id())) {
            throw RuleViolation.invalid("organisation", "Vertsorganisasjonen kan ikke invitere seg selv.");
        }
        Optional<CoHost> earlier = coHost(organisation.id());
        if (earlier.isPresent() && earlier.get().state() != HostState.DECLINED) {
            throw RuleViolation.conflict(organisation.name() + " er allerede invitert som medarrangør.");
        }
        earlier.ifPresent(coHosts::remove);
        coHosts.add(new CoHost(organisation, now));
        updatedAt = now;
    }

    /**
     * An invited organisation accepts or declines; only its own editors (or an administrator) answer for it, and not
     * once the offering is cancelled or archived.
     */
    public void answer(String organisationId, boolean accepted, Actor actor, Instant now) {
        if (!actor.administrator() && !organisationId.equals(actor.organisationId())) {
            throw RuleViolation.forbidden("Bare redaktører hos den inviterte organisasjonen kan svare på invitasjonen.");
        }
        if (status == Status.CANCELLED || status == Status.ARCHIVED) {
            throw RuleViolation.conflict("Tilbudet er " + statusText()
                    + ", så invitasjonen kan ikke lenger besvares.");
        }
        CoHost coHost = coHost(organisationId).filter(c -> c.state() == HostState.INVITED)
                .orElseThrow(() -> RuleViolation.conflict("Det finnes ingen ubesvart invitasjon til denne organisasjonen."));
        coHosts.set(coHosts.indexOf(coHost), coHost.answered(accepted, now));
        updatedAt = now;
    }

    /** The lead removes a co-host (invited, accepted or declined). */
    public void removeCoHost(String organisationId, Actor actor, Instant now) {
        requireLead(actor);
        requireChangeable();
        CoHost coHost = coHost(organisationId)
                .orElseThrow(() -> RuleViolation.notFound("Organisasjonen er ikke medarrangør av dette tilbudet."));
        coHosts.remove(coHost);
        updatedAt = now;
    }

    /**
     * Publishes a draft, once every invited co-host has answered and it has what participants need: sessions, except
     * for e-learning and learning networks (whose meetings may be a series in the calendar).
     */
    public void publish(Actor actor, Instant now) {
        requireHost(actor);
        if (status != Status.DRAFT) {
            throw RuleViolation.conflict("Bare utkast kan publiseres; tilbudet er " + statusText() + ".");
        }
        List<String> waiting = coHosts.stream().filter(c -> c.state() == HostState.INVITED)
                .map(c -> c.organisation().name()).toList();
        if (!waiting.isEmpty()) {
            throw RuleViolation.conflict("Venter på svar fra invitert medarrangør: " + String.join(", ", waiting) + ".");
        }
        // E-learning has no dates; a learning network's meetings may be a recurring series in the calendar instead.
        if (kind != Kind.E_LEARNING && kind != Kind.NETWORK && sessions.isEmpty()) {
            throw RuleViolation.invalid("sessions", "Legg inn minst én økt med dato og tid før tilbudet publiseres.");
        }
        status = Status.PUBLISHED;
        revision = 1;
        publishedAt = now;
        updatedAt = now;
    }

    /** The lead cancels; a published offering stays visible as cancelled, with the reason. */
    public void cancel(String reason, Actor actor, Instant now) {
        requireLead(actor);
        requireChangeable();
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("reason", "Skriv en begrunnelse for avlysningen; deltakerne får se den.");
        }
        if (status == Status.PUBLISHED) {
            revision++;
        }
        status = Status.CANCELLED;
        cancelReason = reason.strip();
        updatedAt = now;
    }

    /** Archives a published or cancelled offering whose last session has ended; says whether it did. */
    public boolean archiveIfEnded(Instant now) {
        Optional<Instant> end = lastEnd();
        if ((status == Status.PUBLISHED || status == Status.CANCELLED) && end.isPresent() && end.get().isBefore(now)) {
            status = Status.ARCHIVED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    /** The status as a word in a sentence: "avlyst", not the label "Avlyst". */
    private String statusText() {
        return status.label(DetailRules.NB).toLowerCase(DetailRules.NB);
    }

    private void requireChangeable() {
        if (status == Status.CANCELLED || status == Status.ARCHIVED) {
            throw RuleViolation.conflict("Tilbudet er " + statusText() + " og kan ikke endres.");
        }
    }

    private void requireHost(Actor actor) {
        if (!actor.administrator() && !isHost(actor.organisationId())) {
            throw RuleViolation.forbidden("Bare redaktører hos vertene for tilbudet kan endre det.");
        }
    }

    private void requireLead(Actor actor) {
        if (!actor.administrator() && !lead.id().equals(actor.organisationId())) {
            throw RuleViolation.forbidden("Bare hovedarrangøren (" + lead.name() + ") kan gjøre dette.");
        }
    }

    private Optional<CoHost> coHost(String organisationId) {
        return coHosts.stream().filter(c -> c.organisationId().equals(organisationId)).findFirst();
    }

    /** The lead or a co-host that has accepted: they may edit, and the offering is listed as theirs. */
    public boolean isHost(String organisationId) {
        return organisationId != null && (lead.id().equals(organisationId)
                || coHost(organisationId).map(c -> c.state() == HostState.ACCEPTED).orElse(false));
    }

    /** A host or an organisation still asked to be one: may read the offering before it is published. */
    public boolean involves(String organisationId) {
        return isHost(organisationId)
                || coHost(organisationId).map(c -> c.state() == HostState.INVITED).orElse(false);
    }

    /** The lead first, then the co-hosts that accepted. */
    public List<Host> hosts() {
        return Stream.concat(Stream.of(Host.of(lead)), coHosts.stream().filter(c -> c.state() == HostState.ACCEPTED)
                .map(CoHost::organisation)).toList();
    }

    public Optional<Instant> firstStart() {
        return sessions.stream().map(Session::startsAt).min(Comparator.naturalOrder());
    }

    public Optional<Instant> lastEnd() {
        return sessions.stream().map(Session::endsAt).max(Comparator.naturalOrder());
    }

    public boolean isEnrollmentOpen(Instant now) {
        return status == Status.PUBLISHED && (enrollmentOpens == null || !now.isBefore(enrollmentOpens))
                && (enrollmentCloses == null || now.isBefore(enrollmentCloses));
    }

    /** Seats left, or empty when the offering has no limit. */
    public Optional<Integer> seatsLeft() {
        return capacity == null ? Optional.empty() : Optional.of(Math.max(0, capacity - seatsTaken));
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Kind kind() {
        return kind;
    }

    public Delivery delivery() {
        return delivery;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Set<Topic> topics() {
        return topics.isEmpty() ? Set.of() : EnumSet.copyOf(topics);
    }

    public Set<TargetGroup> targetGroups() {
        return targetGroups.isEmpty() ? Set.of() : EnumSet.copyOf(targetGroups);
    }

    public boolean national() {
        return national;
    }

    public Set<String> counties() {
        return new TreeSet<>(counties);
    }

    public String language() {
        return language;
    }

    public int priceNok() {
        return priceNok;
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    /** How many wait for a seat; kept by the enrollment component beside {@link #seatsTaken()}. */
    public int waitlisted() {
        return waitlisted;
    }

    public Optional<Instant> enrollmentOpens() {
        return Optional.ofNullable(enrollmentOpens);
    }

    public Optional<Instant> enrollmentCloses() {
        return Optional.ofNullable(enrollmentCloses);
    }

    public Optional<Contact> contact() {
        return contactName == null && contactEmail == null && contactPhone == null ? Optional.empty()
                : Optional.of(new Contact(contactName, contactEmail, contactPhone));
    }

    public Optional<Venue> venue() {
        return venueName == null && venueMunicipality == null ? Optional.empty()
                : Optional.of(new Venue(venueName, venueAddress, venueMunicipality));
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    public Organisation lead() {
        return lead;
    }

    public List<CoHost> coHosts() {
        return List.copyOf(coHosts);
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
