package no.samkurs.notification.message.control;

import jakarta.persistence.EntityManagerFactory;
import no.samkurs.calendar.feed.control.JoinLinks;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.platform.testing.Transactions;
import no.samkurs.platform.testing.Wiring;

import java.util.List;

/** Letters as the container reads them: in a transaction of its own, with the calendar's join-link rule. */
public final class LocalLetters extends Letters {

    private final EntityManagerFactory jpa;

    public LocalLetters(EntityManagerFactory jpa) {
        this.jpa = jpa;
    }

    @Override
    public Reading read(List<Notice> notices, Letter.Party from, String site) {
        return Transactions.in(jpa, em -> {
            this.em = em;
            joinLinks = new JoinLinks();
            Wiring.set(joinLinks, "em", em);
            return super.read(notices, from, site);
        });
    }
}
