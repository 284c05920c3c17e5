package no.samkurs.notification.preference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.notification.preference.entity.Preference;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A person's choices of messages: read (the default when none is stored), changed, and asked of many at once. */
@ApplicationScoped
@Transactional
public class Preferences {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public boolean reminders(String personId) {
        Preference preference = em.find(Preference.class, personId);
        return preference == null || preference.reminders();
    }

    /** Turns the person's reminders on or off; answers what they are now. */
    public boolean remind(String personId, boolean reminders) {
        Preference preference = em.find(Preference.class, personId);
        if (preference == null) {
            preference = new Preference(personId, clock.instant());
            em.persist(preference);
        }
        preference.remind(reminders, clock.instant());
        return preference.reminders();
    }

    /** Those of the people who turned reminders off. */
    public Set<String> withoutReminders(Collection<String> personIds) {
        Set<String> off = new HashSet<>();
        if (personIds.isEmpty()) {
            return off;
        }
        // Compared in Java: EclipseLink binds a boolean parameter as 0 or 1, which H2 refuses for a BOOLEAN column.
        em.createQuery("SELECT p.personId, p.reminders FROM Preference p WHERE p.personId IN :people", Object[].class)
                .setParameter("people", personIds).getResultStream()
                .filter(row -> !((Boolean) row[1])).forEach(row -> off.add((String) row[0]));
        return off;
    }
}
