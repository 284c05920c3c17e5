package no.samkurs.notification.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.overlap.control.MarkedOverlap;
import no.samkurs.calendar.overlap.control.Overlaps;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.outbox.control.Outbox;
import no.samkurs.notification.outbox.entity.Kind;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily digest of a region's new overlaps ({@link NewOverlaps}) to each of its coordinators: the people with the
 * coordinator role at the region's statsforvalter office, as the overlap page decides (the calendar's
 * {@code Coordination}). The pairs are those the overlap page shows by default (sessions at most
 * {@link Overlaps#DEFAULT_WINDOW} days apart). What was told is remembered per region; a second instance making the
 * same digest at the same time fails on that memory's key and records nothing.
 */
@ApplicationScoped
public class Digests {

    static final int ROWS_PER_STATEMENT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Overlaps overlaps;

    @Inject
    Outbox outbox;

    /** The regions: every statsforvalter office. */
    @Transactional
    public List<String> regions() {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.type = :type ORDER BY o.id", String.class)
                .setParameter("type", OrganisationType.STATSFORVALTER).getResultList();
    }

    /** Records the region's digest of the day to each coordinator, if there is anything new; how many. */
    @Transactional
    public int digest(String regionId, LocalDate day, Instant now) {
        List<Person> coordinators = em.createQuery("SELECT p FROM Person p WHERE p.organisationId = :region",
                        Person.class).setParameter("region", regionId).getResultStream()
                .filter(p -> p.isActive() && p.has(Role.REGIONAL_COORDINATOR)).toList();
        if (coordinators.isEmpty() || em.find(Organisation.class, regionId) == null) {
            return 0;
        }
        List<NewOverlaps.Seen> seen = seen(regionId);
        if (NewOverlaps.digestedOn(seen, day)) {
            return 0;
        }
        Map<NewOverlaps.Pair, Boolean> found = new LinkedHashMap<>();
        for (MarkedOverlap pair : overlaps.find(regionId, Overlaps.DEFAULT_WINDOW, coordinators.get(0)).pairs()) {
            found.put(new NewOverlaps.Pair(pair.overlap().first().id(), pair.overlap().second().id()),
                    pair.mark().isPresent());
        }
        remember(regionId, NewOverlaps.unseen(found, seen), day);
        List<NewOverlaps.Pair> told = NewOverlaps.toTell(found, seen);
        if (told.isEmpty()) {
            return 0;
        }
        String about = regionId + "\n" + told.stream().map(NewOverlaps.Pair::key).collect(Collectors.joining("\n"));
        return outbox.record(coordinators.stream().map(p -> new Outbox.Entry(Kind.OVERLAP_DIGEST, p.id(), null, null,
                null, "digest@" + day, now, about)).toList());
    }

    private List<NewOverlaps.Seen> seen(String regionId) {
        List<?> rows = em.createNativeQuery("SELECT first_id, second_id, seen_on FROM notification_overlap_seen "
                + "WHERE region_id = ?").setParameter(1, regionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new NewOverlaps.Seen(
                new NewOverlaps.Pair((String) r[0], (String) r[1]), day(r[2]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : value instanceof LocalDate local ? local
                : LocalDate.parse(value.toString().substring(0, 10));
    }

    private void remember(String regionId, List<NewOverlaps.Pair> pairs, LocalDate day) {
        for (int from = 0; from < pairs.size(); from += ROWS_PER_STATEMENT) {
            List<NewOverlaps.Pair> rows = pairs.subList(from, Math.min(pairs.size(), from + ROWS_PER_STATEMENT));
            Query insert = em.createNativeQuery("INSERT INTO notification_overlap_seen (region_id, first_id, "
                    + "second_id, seen_on) VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)")));
            int p = 1;
            for (NewOverlaps.Pair pair : rows) {
                insert.setParameter(p++, regionId).setParameter(p++, pair.first()).setParameter(p++, pair.second())
                        .setParameter(p++, Date.valueOf(day));
            }
            insert.executeUpdate();
        }
    }
}
