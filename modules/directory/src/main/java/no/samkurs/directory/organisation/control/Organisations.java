package no.samkurs.directory.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;

import java.util.List;
import java.util.Optional;

/** Queries over provider organisations. */
@ApplicationScoped
public class Organisations {

    @PersistenceContext
    EntityManager em;

    protected Organisations() {
    }

    public Organisations(EntityManager em) {
        this.em = em;
    }

    public Optional<Organisation> byId(String id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** Organisations of a type (or all) covering a county (or any), by type and name. */
    public List<Organisation> find(OrganisationType type, String countyNumber) {
        String jpql = "SELECT DISTINCT o FROM Organisation o"
                + (countyNumber == null ? "" : " JOIN o.counties c")
                + " WHERE 1 = 1"
                + (type == null ? "" : " AND o.type = :type")
                + (countyNumber == null ? "" : " AND c.number = :county")
                + " ORDER BY o.type, o.name";
        var query = em.createQuery(jpql, Organisation.class);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (countyNumber != null) {
            query.setParameter("county", countyNumber);
        }
        return query.getResultList();
    }

    /** The competence centres, which have a location to measure distances from. */
    public List<Organisation> centres() {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.type IN :families", Organisation.class)
                .setParameter("families", OrganisationType.centreFamilies())
                .getResultList();
    }
}
