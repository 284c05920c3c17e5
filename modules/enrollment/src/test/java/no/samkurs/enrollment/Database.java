package no.samkurs.enrollment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.enrollment.booking.control.EnrollmentChanged;
import no.samkurs.platform.schema.TestDatabase;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.testing.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.function.Function;

import static no.samkurs.enrollment.Fixtures.NOW;

/**
 * A migrated database for enrollment's contract tests, on each kind we run on, with transactions and the controls
 * wired on them as in production; the clock starts each test at {@link Fixtures#NOW}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Database {

    protected abstract TestDatabase.Kind kind();

    protected TestDatabase database;
    protected EntityManagerFactory jpa;
    protected final TestClock clock = new TestClock(NOW);
    protected final Fired<EnrollmentChanged> changes = new Fired<>();

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("enrollment-test");
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    @BeforeEach
    void startClock() {
        clock.set(NOW);
        changes.fired.clear();
    }

    protected <T> T tx(Function<EntityManager, T> work) {
        return Transactions.in(jpa, work);
    }

    protected <T> T wired(Function<Wired, T> work) {
        return tx(em -> work.apply(new Wired(em, clock, changes)));
    }
}
