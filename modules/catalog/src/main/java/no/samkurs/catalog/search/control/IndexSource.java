package no.samkurs.catalog.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.Municipality;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads offerings from the database as the index needs them, each read in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IndexSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Regions regions;

    private volatile Map<String, String> municipalityNames;
    private volatile Map<String, String> countyNames;

    protected IndexSource() {
    }

    public IndexSource(EntityManager em) {
        this.em = em;
        this.regions = new Regions(em);
    }

    /** The next offerings after the given id, in id order (a keyset page), with their collections fetched in batches. */
    public List<IndexedOffering> page(String afterId, int size) {
        return indexed(em.createQuery("SELECT o FROM Offering o WHERE o.id > :after ORDER BY o.id", Offering.class)
                .setParameter("after", afterId).setMaxResults(size));
    }

    /** The offerings with these ids that still exist. */
    public List<IndexedOffering> some(Collection<String> ids) {
        return indexed(em.createQuery("SELECT o FROM Offering o WHERE o.id IN :ids", Offering.class)
                .setParameter("ids", ids));
    }

    private List<IndexedOffering> indexed(TypedQuery<Offering> query) {
        for (String collection : List.of("sessions", "topics", "targetGroups", "counties", "coHosts", "links")) {
            query.setHint("eclipselink.batch", "o." + collection);
        }
        query.setHint("eclipselink.batch.type", "IN");
        // Read-only: nothing is written back, and the unit of work does not compare thousands of objects at commit.
        query.setHint("eclipselink.read-only", "true");
        return query.getResultList().stream().map(this::indexed).toList();
    }

    /** The ids of offerings changed since the given moment (by this or any other instance). */
    public List<String> changedSince(Instant since) {
        return em.createQuery("SELECT o.id FROM Offering o WHERE o.updatedAt >= :since", String.class)
                .setParameter("since", since).getResultList();
    }

    /** The seats of every offering with a capacity: a few numbers a row, cheap to read every poll. */
    public Map<String, SeatCount> seats() {
        return em.createQuery("SELECT o.id, o.capacity, o.seatsTaken, o.waitlisted FROM Offering o"
                        + " WHERE o.capacity IS NOT NULL", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> new SeatCount(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue())));
    }

    private IndexedOffering indexed(Offering offering) {
        return IndexedOffering.of(offering, number -> municipalityNames().getOrDefault(number, number),
                countyNames().keySet());
    }

    /** The directory's counties, number to name, in number order. */
    public Map<String, String> countyNames() {
        if (countyNames == null) {
            countyNames = regions.counties().stream().collect(Collectors.toMap(County::number, County::name,
                    (a, b) -> a, TreeMap::new));
        }
        return countyNames;
    }

    private Map<String, String> municipalityNames() {
        if (municipalityNames == null) {
            municipalityNames = em.createQuery("SELECT m FROM Municipality m", Municipality.class).getResultList()
                    .stream().collect(Collectors.toMap(Municipality::number, Municipality::name));
        }
        return municipalityNames;
    }
}
