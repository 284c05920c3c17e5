package no.samkurs.directory.region.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.Municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries over counties and municipalities. */
@ApplicationScoped
public class Regions {

    @PersistenceContext
    EntityManager em;

    protected Regions() {
    }

    public Regions(EntityManager em) {
        this.em = em;
    }

    public List<County> counties() {
        return em.createNamedQuery(County.ALL, County.class).getResultList();
    }

    public Optional<County> county(String number) {
        return Optional.ofNullable(em.find(County.class, number));
    }

    public Optional<Municipality> municipality(String number) {
        return Optional.ofNullable(em.find(Municipality.class, number));
    }

    /**
     * Municipalities in a county (or all), whose name, official name (incl. Sami and Kven names), administrative
     * centre or number contains the text, case-insensitively; in municipality-number order.
     */
    public List<Municipality> municipalities(String countyNumber, String text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Municipality> query = cb.createQuery(Municipality.class);
        Root<Municipality> m = query.from(Municipality.class);
        List<Predicate> where = new ArrayList<>();
        if (countyNumber != null) {
            where.add(cb.equal(m.get("county").get("number"), countyNumber));
        }
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(m.get("name")), pattern, '\\'),
                    cb.like(cb.lower(m.get("officialName")), pattern, '\\'),
                    cb.like(cb.lower(m.get("adminCentre")), pattern, '\\'),
                    cb.equal(m.get("number"), text.strip())));
        }
        query.select(m).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(m.get("number")));
        return em.createQuery(query).getResultList();
    }
}
