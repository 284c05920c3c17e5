package no.samkurs.benchmark.notification;

import no.samkurs.benchmark.enrollment.EnrollmentSetup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the delivery of one offering's messages came to, from the burst's answers, the sink's list of received
 * messages and the outbox: PASS/FAIL lines (one message recorded per enrollment, each received exactly once, by its
 * Message-ID, to the enrollment's person, all of them SENT at the first attempt, nothing else received), a DELIVERY
 * line (messages per second from the first receipt to the last) and DELAY lines, for all and by kind: from the
 * moment the participant had the answer to the enrollment (its transaction, with the outbox row, had committed) to
 * the moment the SMTP server had the message. The answer's time is the client's: the timestamps the application
 * writes to MariaDB keep whole seconds only (Connector/J reads MariaDB's "5.5.5-10.11" as MySQL 5.5, without
 * fractional seconds). Usage: {@code DeliveryCheck <jdbc-url> <offering> <answers-file> <received-file>
 * <expected-received>}.
 */
public final class DeliveryCheck {

    /** One outbox row: its enrollment's kind of message, delivery state and recipient. */
    private record Row(String enrollment, String kind, String status, int attempts, String email) {
    }

    private DeliveryCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Row> rows = new HashMap<>();
        long enrollments;
        try (Connection c = EnrollmentSetup.dataSource(args[0]).getConnection()) {
            enrollments = rows(c, args[1], rows);
        }
        Map<String, Long> answered = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] f = line.split("\t");
            answered.put(f[0], Long.parseLong(f[4]));
        }
        List<String> received = Files.readAllLines(Path.of(args[3]));
        int expected = Integer.parseInt(args[4]);
        Map<String, List<String[]>> byId = new HashMap<>();
        for (String line : received) {
            String[] f = line.split("\t", -1);
            byId.computeIfAbsent(f[1], id -> new ArrayList<>()).add(f);
        }
        int once = 0;
        int twice = 0;
        int wrongRecipient = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        Map<String, List<Long>> delays = new TreeMap<>();
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            Row row = entry.getValue();
            List<String[]> copies = byId.getOrDefault(entry.getKey(), List.of());
            once += copies.size() == 1 ? 1 : 0;
            twice += copies.size() > 1 ? 1 : 0;
            for (String[] copy : copies) {
                long at = Long.parseLong(copy[0]);
                first = Math.min(first, at);
                last = Math.max(last, at);
                wrongRecipient += copy[2].equalsIgnoreCase(row.email()) ? 0 : 1;
                Long enrolled = answered.get(row.enrollment());
                if (enrolled != null) {
                    delays.computeIfAbsent("all", k -> new ArrayList<>()).add(at - enrolled);
                    delays.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(at - enrolled);
                }
            }
        }
        long sent = rows.values().stream().filter(r -> "SENT".equals(r.status())).count();
        long firstAttempt = rows.values().stream().filter(r -> r.attempts() == 1).count();
        int n = rows.size();
        long firstAnswer = answered.values().stream().mapToLong(Long::longValue).min().orElse(0);
        System.out.println(verdict(n == enrollments, "outbox: " + n + " messages recorded for " + enrollments
                + " enrollments"));
        System.out.println(verdict(sent == n && firstAttempt == n, "outbox: " + sent + " of " + n + " SENT, "
                + firstAttempt + " at the first attempt"));
        System.out.println(verdict(once == n && twice == 0, "received: " + once + " of " + n + " exactly once, "
                + twice + " more than once, " + (n - once - twice) + " never"));
        System.out.println(verdict(wrongRecipient == 0, "received: " + wrongRecipient
                + " to someone else than the enrollment's person"));
        System.out.println(verdict(received.size() == expected, "received: " + received.size()
                + " messages in all (want " + expected + ": one per enrollment of the run, nothing else)"));
        if (first < last) {
            double seconds = (last - first) / 1000.0;
            System.out.printf(Locale.ROOT, "DELIVERY messages=%d seconds=%.1f per_second=%.0f (first receipt to "
                    + "last); first answer to last receipt %.1f s%n", n, seconds, (n - 1) / seconds,
                    (last - firstAnswer) / 1000.0);
        }
        delays.forEach((kind, values) -> System.out.println(delay(kind, values)));
    }

    private static long rows(Connection c, String offering, Map<String, Row> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT o.message_id, o.enrollment_id, o.kind, o.status, "
                + "o.attempts, p.email FROM notification_outbox o JOIN person p ON p.id = o.person_id "
                + "WHERE o.offering_id = ?")) {
            s.setString(1, offering);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), new Row(r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                            r.getString(6)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM enrollment WHERE offering_id = ?")) {
            s.setString(1, offering);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String delay(String what, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "DELAY %s messages=%d p50_ms=%d p99_ms=%d max_ms=%d (answer to receipt)",
                what, sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String verdict(boolean pass, String what) {
        return (pass ? "PASS " : "FAIL ") + what;
    }
}
