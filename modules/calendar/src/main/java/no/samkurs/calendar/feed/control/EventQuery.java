package no.samkurs.calendar.feed.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query for a feed's or a view's events: the offerings are chosen in the catalog's tables (counties with the
 * national offerings, a provider as lead or accepted co-host, topics, target groups, kinds, a person's followed and
 * own offerings), the events by those offerings and the window. Every event belongs to an offering everyone may
 * read (the projection makes no others), so no status is asked here.
 */
final class EventQuery {

    /*
     * Sorted here, not by the database: MariaDB sorts such rows by fetching each again from the table, which costs
     * more than the whole query.
     */
    private static final Comparator<EventRow> IN_ORDER = Comparator.comparing(EventRow::startsAt)
            .thenComparing(EventRow::uid);

    static final String COLUMNS = "e.uid, e.fingerprint, e.sequence, e.createdAt, e.lastModified, e.cancelled, "
            + "e.startsAt, e.endsAt";

    private final List<String> offeringConditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private Instant from;
    private Instant to;
    private Instant cancelledFrom;

    /** Events that end after {@code from} and start before {@code to} (null: no end); cancelled ones ending after
     * {@code cancelledFrom} only. */
    EventQuery window(Instant from, Instant to, Instant cancelledFrom) {
        this.from = from;
        this.to = to;
        this.cancelledFrom = cancelledFrom.isAfter(from) ? cancelledFrom : from;
        return this;
    }

    EventQuery counties(Set<String> counties) {
        offeringConditions.add("(o.national = :yes OR o.id IN (SELECT oc.id FROM Offering oc JOIN oc.counties c "
                + "WHERE c IN :counties))");
        parameters.put("counties", List.copyOf(counties));
        parameters.put("yes", true);
        return this;
    }

    EventQuery provider(String organisationId) {
        offeringConditions.add("(" + hostedBy("provider") + ")");
        parameters.put("provider", organisationId);
        parameters.put("accepted", HostState.ACCEPTED);
        return this;
    }

    /** A person's own feed: what they follow and, for an editor, what their organisation hosts. */
    EventQuery personal(Set<String> followed, String editorOf) {
        List<String> any = new ArrayList<>();
        if (!followed.isEmpty()) {
            any.add("o.id IN :followed");
            parameters.put("followed", List.copyOf(followed));
        }
        if (editorOf != null) {
            any.add(hostedBy("own"));
            parameters.put("own", editorOf);
            parameters.put("accepted", HostState.ACCEPTED);
        }
        offeringConditions.add(any.isEmpty() ? "o.id IS NULL" : "(" + String.join(" OR ", any) + ")");
        return this;
    }

    EventQuery topics(Set<Topic> topics) {
        if (!topics.isEmpty()) {
            offeringConditions.add("o.id IN (SELECT ot.id FROM Offering ot JOIN ot.topics t WHERE t IN :topics)");
            parameters.put("topics", List.copyOf(topics));
        }
        return this;
    }

    EventQuery targetGroups(Set<TargetGroup> groups) {
        if (!groups.isEmpty()) {
            offeringConditions.add("o.id IN (SELECT og.id FROM Offering og JOIN og.targetGroups g "
                    + "WHERE g IN :targetGroups)");
            parameters.put("targetGroups", List.copyOf(groups));
        }
        return this;
    }

    EventQuery kinds(Set<Kind> kinds) {
        if (!kinds.isEmpty()) {
            offeringConditions.add("o.kind IN :kinds");
            parameters.put("kinds", List.copyOf(kinds));
        }
        return this;
    }

    private static String hostedBy(String parameter) {
        return "o.lead.id = :" + parameter + " OR o.id IN (SELECT oh.id FROM Offering oh JOIN oh.coHosts h "
                + "WHERE h.organisationId = :" + parameter + " AND h.state = :accepted)";
    }

    /** The selected events without their content, in start order. */
    List<EventRow> rows(EntityManager em) {
        return query(em, COLUMNS).getResultList().stream().map(r -> new EventRow((String) r[0], (String) r[1],
                (Integer) r[2], (Instant) r[3], (Instant) r[4], (Boolean) r[5], (Instant) r[6], (Instant) r[7]))
                .sorted(IN_ORDER).toList();
    }

    /** The selected events' stored content, by uid. */
    Map<String, String> contents(EntityManager em) {
        Map<String, String> contents = new HashMap<>();
        query(em, "e.uid, e.content").getResultList().forEach(r -> contents.put((String) r[0], (String) r[1]));
        return contents;
    }

    private TypedQuery<Object[]> query(EntityManager em, String columns) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(columns).append(" FROM CalendarEvent e WHERE ")
                .append("e.endsAt > :from AND (e.cancelled = :no OR e.endsAt > :cancelledFrom)");
        if (to != null) {
            jpql.append(" AND e.startsAt < :to");
        }
        if (!offeringConditions.isEmpty()) {
            jpql.append(" AND e.offeringId IN (SELECT o.id FROM Offering o WHERE ")
                    .append(String.join(" AND ", offeringConditions)).append(')');
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", from).setParameter("cancelledFrom", cancelledFrom).setParameter("no", false);
        if (to != null) {
            query.setParameter("to", to);
        }
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The content of some events, by uid. */
    static Map<String, String> contents(EntityManager em, List<String> uids) {
        Map<String, String> contents = new HashMap<>();
        for (int from = 0; from < uids.size(); from += 500) {
            em.createQuery("SELECT e.uid, e.content FROM CalendarEvent e WHERE e.uid IN :uids", Object[].class)
                    .setParameter("uids", uids.subList(from, Math.min(uids.size(), from + 500))).getResultList()
                    .forEach(r -> contents.put((String) r[0], (String) r[1]));
        }
        return contents;
    }
}
