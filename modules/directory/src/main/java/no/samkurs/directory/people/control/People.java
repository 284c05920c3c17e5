package no.samkurs.directory.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.directory.people.entity.Person;

import java.util.List;
import java.util.Locale;

/** Finding people: by name or e-mail for administrators, and the people of an organisation. */
@ApplicationScoped
public class People {

    /** One page of the people found, and how many were found in all. */
    public record Found(List<Person> people, long total) {
    }

    // '!' escapes rather than a backslash, which MySQL would read as an escape inside the SQL string literal.
    private static final String MATCHING = " FROM Person p WHERE LOWER(p.name) LIKE :text ESCAPE '!'"
            + " OR p.email LIKE :text ESCAPE '!'";

    @PersistenceContext
    EntityManager em;

    protected People() {
    }

    public People(EntityManager em) {
        this.em = em;
    }

    /** People whose name or e-mail contains the text (case-insensitively; blank: everyone), by name. */
    public Found find(String text, int first, int max) {
        String pattern = pattern(text);
        List<Person> page = em.createQuery("SELECT p" + MATCHING + " ORDER BY p.name, p.email", Person.class)
                .setParameter("text", pattern).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(p)" + MATCHING, Long.class)
                .setParameter("text", pattern).getSingleResult();
        return new Found(page, total);
    }

    /** The people at home in an organisation, by name. */
    public List<Person> ofOrganisation(String organisationId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation ORDER BY p.name",
                Person.class).setParameter("organisation", organisationId).getResultList();
    }

    /** A LIKE pattern for "contains", with the wildcards of the text itself taken literally. */
    static String pattern(String text) {
        String cleaned = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + cleaned.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
