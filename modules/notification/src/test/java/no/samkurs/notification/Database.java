package no.samkurs.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.platform.schema.TestDatabase;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.testing.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A migrated database for the notification contract tests, on each kind we run on; the clock starts each test at
 * {@link Fixtures#NOW}, and each test starts with an empty outbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Database {

    protected abstract TestDatabase.Kind kind();

    protected TestDatabase database;
    protected EntityManagerFactory jpa;
    protected final TestClock clock = new TestClock(Fixtures.NOW);

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("notification-test");
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    @BeforeEach
    void emptyOutbox() {
        clock.set(Fixtures.NOW);
        run(em -> em.createQuery("DELETE FROM Notice").executeUpdate());
    }

    protected <T> T tx(Function<EntityManager, T> work) {
        return Transactions.in(jpa, work);
    }

    protected void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }
}
