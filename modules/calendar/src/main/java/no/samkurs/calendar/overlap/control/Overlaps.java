package no.samkurs.calendar.overlap.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.overlap.entity.Mark;
import no.samkurs.calendar.overlap.entity.MarkState;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A region's overlaps for its coordinators: the published offerings for the region's counties with sessions ahead,
 * the pairs {@link OverlapRule} finds among them, and the marks the coordinators put on those pairs. Every use case
 * asks {@link Coordination} first.
 */
@ApplicationScoped
@Transactional
public class Overlaps {

    public static final int DEFAULT_WINDOW = 14;
    public static final int MAX_WINDOW = 90;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The statsforvalter office with this id and its counties; 404 for anything else. */
    public Region region(String regionId) {
        Organisation office = regionId == null ? null : em.find(Organisation.class, regionId);
        if (office == null || office.type() != OrganisationType.STATSFORVALTER) {
            throw RuleViolation.notFound("Fant ingen region (statsforvalter) med id «" + regionId + "».");
        }
        Set<String> counties = new TreeSet<>(em.createQuery("SELECT c.number FROM County c "
                + "WHERE c.statsforvalterId = :region", String.class).setParameter("region", regionId).getResultList());
        return new Region(office.id(), office.name(), counties);
    }

    /** The region's overlapping pairs with sessions at most {@code window} days apart (0 to 90), soonest first. */
    public RegionOverlaps find(String regionId, int window, Person who) {
        Region region = allowed(regionId, who);
        if (window < 0 || window > MAX_WINDOW) {
            throw RuleViolation.invalid("window", "Tidsvinduet må være fra 0 til " + MAX_WINDOW + " dager.");
        }
        Map<Mark.Key, Mark> marks = em.createNamedQuery(Mark.OF_REGION, Mark.class)
                .setParameter("region", region.id()).getResultStream()
                .collect(Collectors.toMap(m -> new Mark.Key(m.regionId(), m.firstId(), m.secondId()), m -> m));
        return new RegionOverlaps(region, window, OverlapRule.find(candidates(region), region.counties(), window)
                .stream().map(o -> new MarkedOverlap(o, Optional.ofNullable(marks.get(key(region, o))))).toList());
    }

    /**
     * Marks a pair, named in either order, that overlaps in the region (with any window up to the widest, since
     * the coordinator may have looked with any). {@code version} is the mark's as the coordinator saw it, null
     * when they saw none; anything else is a 409, never a silently lost mark.
     */
    public MarkedOverlap mark(String regionId, String a, String b, MarkState state, String note, Long version,
                              Person who) {
        Region region = allowed(regionId, who);
        Overlap overlap = pair(region, a, b);
        Mark mark = em.find(Mark.class, key(region, overlap));
        Instant now = clock.instant();
        if (mark == null && version == null) {
            mark = new Mark(region.id(), overlap.first().id(), overlap.second().id(), state, note, who.id(), now);
            em.persist(mark);
        } else if (mark != null && version != null && mark.version() == version) {
            mark.change(state, note, who.id(), now);
        } else {
            throw RuleViolation.conflict(mark == null ? "Merket er fjernet av noen andre siden du hentet det."
                    : "Paret er merket av noen andre siden du hentet det (versjon " + mark.version()
                    + "). Hent det på nytt og merk igjen.");
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.conflict("Paret ble merket av noen andre samtidig. Hent det på nytt og merk igjen.");
        }
        return new MarkedOverlap(overlap, Optional.of(mark));
    }

    /** Removes the region's mark on the pair, named in either order; nothing to remove is no error. */
    public void unmark(String regionId, String a, String b, Person who) {
        Region region = allowed(regionId, who);
        boolean inOrder = a.compareTo(b) < 0;
        Mark mark = em.find(Mark.class, new Mark.Key(region.id(), inOrder ? a : b, inOrder ? b : a));
        if (mark != null) {
            em.remove(mark);
        }
    }

    private Region allowed(String regionId, Person who) {
        Region region = region(regionId);
        Coordination.require(who, region.id());
        return region;
    }

    private Overlap pair(Region region, String a, String b) {
        Candidate first = candidate(a);
        Candidate second = candidate(b);
        return OverlapRule.between(first, second, region.counties(), MAX_WINDOW).orElseThrow(() ->
                RuleViolation.notFound("Tilbudene «" + first.title() + "» og «" + second.title()
                        + "» overlapper ikke i " + region.name() + "."));
    }

    private Candidate candidate(String offeringId) {
        Offering offering = em.find(Offering.class, offeringId);
        if (offering == null || offering.status() != Status.PUBLISHED) {
            throw RuleViolation.notFound("Fant ikke et publisert tilbud med id «" + offeringId + "».");
        }
        List<Series> series = em.createNamedQuery(Series.OF_OFFERING, Series.class)
                .setParameter("offering", offeringId).getResultList();
        return candidate(offering, series, clock.instant());
    }

    /**
     * The published offerings for the region's counties (or national: no counties) with a session ahead or a meeting
     * series, and their collections. The query may take in a few too many (series all past or cancelled); the rule
     * leaves out offerings without days. No boolean comparisons in JPQL: EclipseLink binds them as 0/1, which H2
     * refuses for BOOLEAN columns.
     */
    List<Candidate> candidates(Region region) {
        Instant now = clock.instant();
        TypedQuery<Offering> query = em.createQuery("SELECT o FROM Offering o WHERE o.status = :published "
                + "AND (o.counties IS EMPTY OR EXISTS (SELECT p.id FROM Offering p JOIN p.counties c "
                + "WHERE p = o AND c IN :counties)) "
                + "AND (EXISTS (SELECT s.id FROM Session s WHERE s.offering = o AND s.endsAt > :now) "
                + "OR EXISTS (SELECT x.id FROM Series x WHERE x.offeringId = o.id))",
                        Offering.class)
                .setParameter("published", Status.PUBLISHED).setParameter("counties", region.counties())
                .setParameter("now", now)
                .setHint("eclipselink.batch.type", "IN");
        for (String collection : List.of("o.topics", "o.targetGroups", "o.counties", "o.coHosts", "o.sessions")) {
            query.setHint("eclipselink.batch", collection);
        }
        Map<String, List<Series>> series = em.createQuery("SELECT x FROM Series x WHERE "
                        + "EXISTS (SELECT o.id FROM Offering o WHERE o.id = x.offeringId AND o.status = :published)",
                        Series.class)
                .setParameter("published", Status.PUBLISHED).getResultStream()
                .collect(Collectors.groupingBy(Series::offeringId));
        return query.getResultStream().map(o -> candidate(o, series.getOrDefault(o.id(), List.of()), now)).toList();
    }

    /** The offering with the Norwegian dates of its sessions and series meetings not yet past (cancelled ones not). */
    static Candidate candidate(Offering offering, List<Series> series, Instant now) {
        Stream<LocalDate> sessions = offering.sessions().stream().filter(s -> s.endsAt().isAfter(now))
                .map(s -> LocalDate.ofInstant(s.startsAt(), Session.ZONE));
        Stream<LocalDate> meetings = series.stream().filter(s -> !s.cancelled()).flatMap(s -> s.occurrences().stream())
                .filter(m -> !m.cancelled() && m.endsAt().isAfter(now))
                .map(m -> LocalDate.ofInstant(m.startsAt(), Session.ZONE));
        return new Candidate(offering.id(), offering.title(),
                offering.hosts().stream().map(Host::id).collect(Collectors.toSet()), offering.topics(),
                offering.targetGroups(), offering.national(), offering.counties(),
                Stream.concat(sessions, meetings).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Mark.Key key(Region region, Overlap overlap) {
        return new Mark.Key(region.id(), overlap.first().id(), overlap.second().id());
    }
}
