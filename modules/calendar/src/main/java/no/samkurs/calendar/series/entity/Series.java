package no.samkurs.calendar.series.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A recurring series of meetings of an offering, e.g. a learning network's "every second Tuesday 13.00–15.00 from
 * September to December, except the autumn holiday week". Invariants: the rule is valid and bounded (see
 * {@link Recurrence}); meetings end after they start; excluded and changed dates are meetings of the rule; only
 * editors of the offering's hosts (or administrators) change it, and not once the offering is cancelled or archived
 * or the series itself is cancelled; the revision rises whenever something participants rely on changes (times,
 * rule, exclusions, single meetings, place, link, cancellation) while the offering is published.
 */
@Entity
@Table(name = "calendar_series")
@NamedQuery(name = Series.OF_OFFERING, query = "SELECT s FROM Series s WHERE s.offeringId = :offering "
        + "ORDER BY s.firstDate, s.createdAt")
@NamedQuery(name = Series.OF_OFFERINGS, query = "SELECT s FROM Series s WHERE s.offeringId IN :offerings "
        + "ORDER BY s.firstDate, s.createdAt")
public class Series {

    public static final String OF_OFFERING = "Series.ofOffering";
    public static final String OF_OFFERINGS = "Series.ofOfferings";

    /** Series are held in Norwegian time, like the catalog's sessions. */
    public static final ZoneId ZONE = Session.ZONE;

    @Id
    private String id;

    @Column(name = "offering_id")
    private String offeringId;

    @Version
    private long version;

    private int revision;

    private String title;

    @Column(name = "first_date")
    private LocalDate firstDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    private String rule;

    private String location;

    @Column(name = "join_url")
    private String joinUrl;

    private boolean cancelled;

    @ElementCollection
    @CollectionTable(name = "calendar_series_excluded", joinColumns = @JoinColumn(name = "series_id"))
    private Set<ExcludedDate> excluded = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "calendar_series_change", joinColumns = @JoinColumn(name = "series_id"))
    private List<OccurrenceChange> changes = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The parsed rule, kept while it matches the stored one: expanding a rule is not free. */
    @Transient
    private Recurrence recurrence;

    protected Series() {
    }

    /** A new series of the offering's meetings. */
    public Series(Offering offering, SeriesDetails details, Actor actor, Instant now) {
        requireEditor(offering, actor);
        this.id = UUID.randomUUID().toString();
        this.offeringId = offering.id();
        this.createdAt = now;
        apply(offering, details, now);
    }

    /** Changes the series; stale versions are refused (by the caller's version, and by JPA). */
    public void update(Offering offering, SeriesDetails details, Actor actor, Instant now) {
        requireChangeable(offering, actor);
        if (apply(offering, details, now)) {
            revise(offering);
        }
    }

    private boolean apply(Offering offering, SeriesDetails details, Instant now) {
        if (details.startTime() == null) {
            throw RuleViolation.invalid("start", "Skriv når møtene starter, for eksempel 13:00.");
        }
        if (details.endTime() == null) {
            throw RuleViolation.invalid("end", "Skriv når møtene slutter, for eksempel 15:00.");
        }
        if (!details.endTime().isAfter(details.startTime())) {
            throw RuleViolation.invalid("end", "Møtene må slutte etter at de starter (samme dag).");
        }
        Recurrence recurrence = Recurrence.of(details.rule(), details.firstDate(), details.startTime(), ZONE);
        Set<LocalDate> skipped = details.excludedDates() == null ? Set.of() : new TreeSet<>(details.excludedDates());
        for (LocalDate date : skipped) {
            if (!recurrence.includes(date)) {
                throw RuleViolation.invalid("excludedDates", "«" + date + "» er ikke et møte etter regelen, så den "
                        + "kan ikke unntas.");
            }
        }
        if (skipped.size() == recurrence.dates().size()) {
            throw RuleViolation.invalid("excludedDates", "Serien må ha minst ett møte som ikke er unntatt.");
        }
        String link = blankToNull(details.joinUrl());
        if (link != null && offering.delivery() == Delivery.IN_PERSON) {
            throw RuleViolation.invalid("joinUrl", "Et rent fysisk tilbud har ingen lenke for å delta digitalt.");
        }
        boolean relevant = !Objects.equals(firstDate, details.firstDate())
                || !Objects.equals(startTime, details.startTime()) || !Objects.equals(endTime, details.endTime())
                || !Objects.equals(rule, recurrence.rule()) || !excludedDates().equals(skipped)
                || !Objects.equals(location, blankToNull(details.location())) || !Objects.equals(joinUrl, link);
        title = blankToNull(details.title());
        firstDate = details.firstDate();
        startTime = details.startTime();
        endTime = details.endTime();
        rule = recurrence.rule();
        this.recurrence = recurrence;
        location = blankToNull(details.location());
        joinUrl = link;
        excluded = new HashSet<>(skipped.stream().map(ExcludedDate::new).toList());
        // Changes of meetings the new rule no longer gives (or now skips) have nothing left to change.
        relevant |= changes.removeIf(c -> !recurrence.includes(c.date()) || skipped.contains(c.date()));
        updatedAt = now;
        return relevant;
    }

    /**
     * Moves one meeting (new times, both or neither), cancels it, or both; a meeting neither moved nor cancelled
     * is restored to the series' times.
     */
    public void changeOccurrence(Offering offering, LocalDate date, boolean cancel, Instant startsAt, Instant endsAt,
                                 Actor actor, Instant now) {
        requireChangeable(offering, actor);
        requireMeeting(date);
        if ((startsAt == null) != (endsAt == null)) {
            throw RuleViolation.invalid(startsAt == null ? "start" : "end",
                    "Et flyttet møte trenger både ny start og ny slutt.");
        }
        if (startsAt != null && !endsAt.isAfter(startsAt)) {
            throw RuleViolation.invalid("end", "Møtet må slutte etter at det starter.");
        }
        Optional<OccurrenceChange> earlier = change(date);
        OccurrenceChange next = new OccurrenceChange(date, cancel, startsAt, endsAt);
        if (earlier.isPresent() && earlier.get().sameAs(next)) {
            return;
        }
        earlier.ifPresent(changes::remove);
        if (cancel || startsAt != null) {
            changes.add(next);
        }
        if (earlier.isPresent() || cancel || startsAt != null) {
            updatedAt = now;
            revise(offering);
        }
    }

    /** The meeting on that date happens as the series says again. */
    public void restoreOccurrence(Offering offering, LocalDate date, Actor actor, Instant now) {
        changeOccurrence(offering, date, false, null, null, actor, now);
    }

    /** Cancels every meeting; the series stays visible as cancelled. */
    public void cancel(Offering offering, Actor actor, Instant now) {
        requireChangeable(offering, actor);
        cancelled = true;
        updatedAt = now;
        revise(offering);
    }

    private void revise(Offering offering) {
        if (offering.status() == Status.PUBLISHED) {
            revision++;
        }
    }

    private void requireMeeting(LocalDate date) {
        if (!recurrence().includes(date) || excludedDates().contains(date)) {
            throw RuleViolation.invalid("date", "Serien har ikke noe møte " + date + ".");
        }
    }

    private void requireChangeable(Offering offering, Actor actor) {
        if (!offering.id().equals(offeringId)) {
            throw new IllegalArgumentException("Series " + id + " belongs to offering " + offeringId);
        }
        requireEditor(offering, actor);
        if (cancelled) {
            throw RuleViolation.conflict("Møteserien er avlyst og kan ikke endres.");
        }
    }

    private static void requireEditor(Offering offering, Actor actor) {
        if (!actor.administrator() && !offering.isHost(actor.organisationId())) {
            throw RuleViolation.forbidden("Bare redaktører hos vertene for tilbudet kan endre møteseriene.");
        }
        if (offering.status() == Status.CANCELLED || offering.status() == Status.ARCHIVED) {
            throw RuleViolation.conflict("Tilbudet er " + (offering.status() == Status.CANCELLED ? "avlyst" : "arkivert")
                    + ", så møteseriene kan ikke endres.");
        }
        if (offering.kind() == Kind.E_LEARNING) {
            throw RuleViolation.conflict("E-læring tas i eget tempo og har ingen møteserier.");
        }
    }

    /** The rule, checked again from its stored form. */
    public Recurrence recurrence() {
        if (recurrence == null || !recurrence.rule().equals(rule) || !recurrence.first().equals(firstDate)) {
            recurrence = Recurrence.of(rule, firstDate, ZONE);
        }
        return recurrence;
    }

    /** Every meeting that takes place or is cancelled (excluded dates are not meetings), in start order. */
    public List<SeriesOccurrence> occurrences() {
        Set<LocalDate> skipped = excludedDates();
        List<SeriesOccurrence> all = new ArrayList<>();
        for (LocalDate date : recurrence().dates()) {
            if (skipped.contains(date)) {
                continue;
            }
            Optional<OccurrenceChange> change = change(date);
            boolean moved = change.map(OccurrenceChange::moved).orElse(false);
            all.add(new SeriesOccurrence(date, moved ? change.get().startsAt() : at(date, startTime),
                    moved ? change.get().endsAt() : at(date, endTime),
                    cancelled || change.map(OccurrenceChange::cancelled).orElse(false), moved));
        }
        all.sort(Comparator.comparing(SeriesOccurrence::startsAt));
        return all;
    }

    /** The meetings that overlap [from, to). */
    public List<SeriesOccurrence> occurrences(Instant from, Instant to) {
        return occurrences().stream().filter(o -> o.endsAt().isAfter(from) && o.startsAt().isBefore(to)).toList();
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private Optional<OccurrenceChange> change(LocalDate date) {
        return changes.stream().filter(c -> c.date().equals(date)).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public String offeringId() {
        return offeringId;
    }

    public long version() {
        return version;
    }

    public int revision() {
        return revision;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public String rule() {
        return rule;
    }

    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    public Optional<String> joinUrl() {
        return Optional.ofNullable(joinUrl);
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Set<LocalDate> excludedDates() {
        Set<LocalDate> dates = new TreeSet<>();
        excluded.forEach(e -> dates.add(e.date()));
        return dates;
    }

    /** The moved or cancelled meetings, by date. */
    public List<OccurrenceChange> changes() {
        return changes.stream().sorted(Comparator.comparing(OccurrenceChange::date)).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
