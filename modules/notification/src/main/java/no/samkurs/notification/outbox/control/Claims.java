package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.notification.outbox.entity.Status;

import java.time.Instant;
import java.util.List;

/**
 * The sender's transactions on the outbox, each short. A claim takes due notices with a lease by a conditional
 * UPDATE: the database lets one claim take a row, and a row whose lease ran out may be taken again. Settling a
 * notice needs the claim that holds it (a claim that lost its lease changes nothing), and every claim raises the
 * version, so a settlement racing a newer claim fails instead of overwriting it.
 */
@ApplicationScoped
public class Claims {

    private static final String FREE = "n.status = :pending AND (n.claimedUntil IS NULL OR n.claimedUntil < :now)";

    @PersistenceContext
    EntityManager em;

    /** Takes up to {@code limit} notices that are due now, until {@code until}; answers those this claim got. */
    @Transactional
    public List<Notice> claim(String claim, Instant now, Instant until, int limit) {
        List<String> due = em.createQuery("SELECT n.id FROM Notice n WHERE " + FREE + " AND n.nextAttemptAt <= :now "
                        + "ORDER BY n.nextAttemptAt, n.createdAt", String.class)
                .setParameter("pending", Status.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        // Another claim may have taken some of them since: the condition is checked again on each locked row.
        int taken = em.createQuery("UPDATE Notice n SET n.claimedBy = :claim, n.claimedUntil = :until, "
                        + "n.version = n.version + 1 WHERE n.id IN :ids AND " + FREE)
                .setParameter("claim", claim).setParameter("until", until).setParameter("ids", due)
                .setParameter("pending", Status.PENDING).setParameter("now", now).executeUpdate();
        if (taken == 0) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM Notice n WHERE n.claimedBy = :claim ORDER BY n.nextAttemptAt, "
                + "n.createdAt", Notice.class).setParameter("claim", claim).getResultList();
    }

    /** The SMTP server took the message; false if this claim no longer held it. */
    @Transactional
    public boolean sent(String id, String claim, Instant now) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.heldBy(claim)) {
            return false;
        }
        notice.sent(now);
        return true;
    }

    /** The message failed; tried again by the rule, or given up. False if this claim no longer held it. */
    @Transactional
    public boolean failed(String id, String claim, String reason, boolean permanent, Instant now, Retries retries) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.heldBy(claim)) {
            return false;
        }
        notice.failed(reason, permanent, now, retries);
        return true;
    }

    /** Gives back what the claim still holds, without an attempt: the server could not be reached. */
    @Transactional
    public int release(String claim) {
        return em.createQuery("UPDATE Notice n SET n.claimedBy = NULL, n.claimedUntil = NULL, "
                        + "n.version = n.version + 1 WHERE n.claimedBy = :claim AND n.status = :pending")
                .setParameter("claim", claim).setParameter("pending", Status.PENDING).executeUpdate();
    }
}
