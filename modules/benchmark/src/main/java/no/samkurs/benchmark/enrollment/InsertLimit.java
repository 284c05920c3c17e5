package no.samkurs.benchmark.enrollment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical limit an enrollment burst is measured against: single-row INSERT + COMMIT over JDBC (autocommit off,
 * one commit per row), from as many connections as the burst had, into a scratch table shaped like an enrollment.
 * A tenth of the rows first, untimed, to warm up. Prints a LIMIT line with commits per second.
 * Usage: {@code InsertLimit <jdbc-url> <connections> <rows>}.
 */
public final class InsertLimit {

    private InsertLimit() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int connections = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        try (Connection c = EnrollmentSetup.dataSource(url).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS insert_limit (id CHAR(36) NOT NULL, offering_id CHAR(36) NOT NULL, "
                    + "person_id CHAR(36) NOT NULL, arrival BIGINT NOT NULL, arrived_at DATETIME(6) NOT NULL, "
                    + "status VARCHAR(16) NOT NULL, PRIMARY KEY (id)) "
                    + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            s.execute("TRUNCATE TABLE insert_limit");
        }
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Connection c = EnrollmentSetup.dataSource(url).getConnection();
            c.setAutoCommit(false);
            open.add(c);
        }
        try {
            run(open, Math.max(connections, rows / 10));
            long[] nanos = new long[rows];
            double seconds = run(open, rows, nanos);
            Arrays.sort(nanos);
            System.out.printf("LIMIT connections=%d rows=%d seconds=%.3f commits_per_s=%.0f p50_ms=%.2f p99_ms=%.2f%n",
                    connections, rows, seconds, rows / seconds, nanos[rows / 2] / 1e6, nanos[rows * 99 / 100] / 1e6);
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
    }

    private static double run(List<Connection> open, int rows) throws InterruptedException {
        return run(open, rows, new long[rows]);
    }

    private static double run(List<Connection> open, int rows, long[] nanos) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Connection c : open) {
            Thread thread = new Thread(() -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO insert_limit (id, offering_id, "
                        + "person_id, arrival, arrived_at, status) VALUES (?, ?, ?, ?, ?, 'WAITLISTED')")) {
                    String offering = UUID.randomUUID().toString();
                    go.await();
                    for (int i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                        long started = System.nanoTime();
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, offering);
                        insert.setString(3, UUID.randomUUID().toString());
                        insert.setLong(4, i);
                        insert.setTimestamp(5, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                        c.commit();
                        nanos[i] = System.nanoTime() - started;
                    }
                } catch (SQLException e) {
                    failed.incrementAndGet();
                    e.printStackTrace();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " connections failed; see above");
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
