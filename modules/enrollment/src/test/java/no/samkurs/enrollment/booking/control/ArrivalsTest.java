package no.samkurs.enrollment.booking.control;

import jakarta.persistence.PersistenceException;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArrivalsTest {

    /** A desk whose transaction meets a deadlock the first {@code failures} times. */
    static final class Deadlocking extends Desk {
        final int failures;
        final AtomicInteger calls = new AtomicInteger();

        Deadlocking(int failures) {
            this.failures = failures;
        }

        @Override
        public List<Placement> admit(String offeringId, List<Arrival> arrivals) {
            if (calls.incrementAndGet() <= failures) {
                throw new PersistenceException(new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
            return arrivals.stream().map(a -> new Placement("e-" + a.personId(), offeringId, a.personId(),
                    EnrollmentStatus.CONFIRMED, null, null, true, null)).toList();
        }
    }

    Arrivals arrivals(Desk desk) {
        Arrivals arrivals = new Arrivals();
        arrivals.desk = desk;
        arrivals.executor = Executors.newSingleThreadExecutor();
        arrivals.maxBatch = 500;
        arrivals.attempts = 4;
        arrivals.open();
        return arrivals;
    }

    Arrivals.Request request(String person) {
        return new Arrivals.Request("o", person, "5501", null, null, person);
    }

    @Test
    void aDeadlockIsTriedAgainAsAWholeBatch() throws Exception {
        Deadlocking desk = new Deadlocking(3);
        Placement placed = arrivals(desk).enroll(request("p1")).get(5, TimeUnit.SECONDS);
        assertEquals(EnrollmentStatus.CONFIRMED, placed.status());
        assertEquals(4, desk.calls.get());
    }

    @Test
    void afterTheLastAttemptEveryoneIsToldToTryAgainAndNothingIsStored() {
        Deadlocking desk = new Deadlocking(100);
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> arrivals(desk).enroll(request("p1")).get(5, TimeUnit.SECONDS));
        Refused busy = assertInstanceOf(Refused.class, failed.getCause());
        assertEquals(Refusal.BUSY, busy.reason());
        assertEquals(503, busy.status());
        assertEquals(4, desk.calls.get());
    }

    @Test
    void aFailureThatIsNotTransientIsNotRepeated() {
        Desk broken = new Desk() {
            @Override
            public List<Placement> admit(String offeringId, List<Arrival> arrivals) {
                throw new IllegalStateException("a bug");
            }
        };
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> arrivals(broken).enroll(request("p1")).get(5, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, failed.getCause());
    }
}
