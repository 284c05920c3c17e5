package no.samkurs.notification.outbox.control;

import jakarta.persistence.EntityManagerFactory;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.platform.testing.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Claims as the container runs them: each call in a transaction of its own. One thread per instance. */
final class LocalClaims extends Claims {

    private final EntityManagerFactory jpa;

    LocalClaims(EntityManagerFactory jpa) {
        this.jpa = jpa;
    }

    private <T> T tx(Supplier<T> work) {
        return Transactions.in(jpa, em -> {
            this.em = em;
            return work.get();
        });
    }

    @Override
    public List<Notice> claim(String claim, Instant now, Instant until, int limit) {
        return tx(() -> super.claim(claim, now, until, limit));
    }

    @Override
    public boolean sent(String id, String claim, Instant now) {
        return tx(() -> super.sent(id, claim, now));
    }

    @Override
    public boolean failed(String id, String claim, String reason, boolean permanent, Instant now, Retries retries) {
        return tx(() -> super.failed(id, claim, reason, permanent, now, retries));
    }

    @Override
    public int release(String claim) {
        return tx(() -> super.release(claim));
    }
}
