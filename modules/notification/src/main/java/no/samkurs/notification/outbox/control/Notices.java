package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outbox as administrators see it and act on it: a page of messages, newest first, with whom each is for (read
 * from the directory) and what it is about (the offering's title from the catalog), the count of each status, one
 * message, and a failed one tried again.
 */
@ApplicationScoped
public class Notices {

    @PersistenceContext
    EntityManager em;

    /** A message with its recipient and offering as they are now; either may be gone (null). */
    public record Row(Notice notice, Recipient recipient, String offeringTitle) {
    }

    public record Recipient(String email, String name) {
    }

    /** One page of the messages asked for, how many there are of those, and of each status. */
    public record Found(List<Row> rows, long total, Map<Status, Long> counts) {
    }

    /** The messages with the status (all when null), newest first, from {@code first}, at most {@code max}. */
    @Transactional
    public Found find(Status status, int first, int max) {
        String where = status == null ? "" : " WHERE n.status = :status";
        var query = em.createQuery("SELECT n FROM Notice n" + where + " ORDER BY n.createdAt DESC, n.id DESC",
                Notice.class).setFirstResult(first).setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        Map<Status, Long> counts = counts();
        long total = status == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(status);
        return new Found(rows(query.getResultList()), total, counts);
    }

    /** How many messages have each status, every status named (zero when none). */
    @Transactional
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT n.status, COUNT(n) FROM Notice n GROUP BY n.status", Object[].class).getResultList()
                .forEach(row -> counts.put((Status) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional
    public Optional<Row> byId(String id) {
        Notice notice = id == null ? null : em.find(Notice.class, id);
        return notice == null ? Optional.empty() : Optional.of(rows(List.of(notice)).get(0));
    }

    /**
     * Tries a failed message again ({@link Notice#retry}); {@code version}, when given, is the one the administrator
     * saw: a message changed since is a conflict, as is one that has not failed.
     */
    @Transactional
    public Row retry(String id, Long version, Instant now) {
        Notice notice = id == null ? null : em.find(Notice.class, id);
        if (notice == null) {
            throw unknown(id);
        }
        if (version != null && version != notice.version()) {
            throw RuleViolation.conflict("Meldingen er endret siden du hentet den (versjon " + notice.version()
                    + ", ikke " + version + "). Se hvordan den står nå.");
        }
        notice.retry(now);
        em.flush();
        return rows(List.of(notice)).get(0);
    }

    public static RuleViolation unknown(String id) {
        return RuleViolation.notFound("Fant ingen melding med id «" + id + "» i utboksen.");
    }

    /** The rows of these notices: the people and offerings they name read in one query each. */
    private List<Row> rows(List<Notice> notices) {
        Map<String, Recipient> people = names(notices.stream().map(Notice::personId).collect(Collectors.toSet()),
                "SELECT p.id, p.email, p.name FROM Person p WHERE p.id IN :ids",
                row -> new Recipient((String) row[1], (String) row[2]));
        Map<String, String> titles = names(notices.stream().flatMap(n -> n.offeringId().stream())
                        .collect(Collectors.toSet()), "SELECT o.id, o.title FROM Offering o WHERE o.id IN :ids",
                row -> (String) row[1]);
        return notices.stream().map(n -> new Row(n, people.get(n.personId()),
                n.offeringId().map(titles::get).orElse(null))).toList();
    }

    private <T> Map<String, T> names(Set<String> ids, String query, Function<Object[], T> value) {
        Map<String, T> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(query, Object[].class).setParameter("ids", (Collection<String>) ids).getResultList()
                    .forEach(row -> found.put((String) row[0], value.apply(row)));
        }
        return found;
    }
}
