package no.samkurs.benchmark.enrollment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds after the burst, checked by SQL, with PASS/FAIL lines: the seats and the waitlist, one
 * enrollment per person, gap-free arrivals with the seats going to the first, the offering's counts, and each
 * waitlisted person's answered position equal to their rank by arrival. Usage: {@code EnrollmentCheck <jdbc-url>
 * <offering> <seats> <people> <answers-file>}.
 */
public final class EnrollmentCheck {

    private final Connection c;
    private final String offering;

    private EnrollmentCheck(Connection c, String offering) {
        this.c = c;
        this.offering = offering;
    }

    public static void main(String[] args) throws Exception {
        int seats = Integer.parseInt(args[2]);
        int people = Integer.parseInt(args[3]);
        List<String> answers = Files.readAllLines(Path.of(args[4]));
        try (Connection c = EnrollmentSetup.dataSource(args[0]).getConnection()) {
            new EnrollmentCheck(c, args[1]).check(seats, people, answers).forEach(System.out::println);
        }
    }

    private List<String> check(int seats, int people, List<String> answers) throws SQLException {
        int waiting = people - seats;
        long confirmed = number("SELECT COUNT(*) FROM enrollment WHERE offering_id = ? AND status = 'CONFIRMED'");
        long waitlisted = number("SELECT COUNT(*) FROM enrollment WHERE offering_id = ? AND status = 'WAITLISTED'");
        long all = number("SELECT COUNT(*) FROM enrollment WHERE offering_id = ?");
        long persons = number("SELECT COUNT(DISTINCT person_id) FROM enrollment WHERE offering_id = ?");
        long burstPeople = number("SELECT COUNT(DISTINCT e.person_id) FROM enrollment e JOIN person p "
                + "ON p.id = e.person_id WHERE e.offering_id = ? AND p.email LIKE 'deltaker%'");
        long firstArrival = number("SELECT MIN(arrival) FROM enrollment WHERE offering_id = ?");
        long lastArrival = number("SELECT MAX(arrival) FROM enrollment WHERE offering_id = ?");
        long arrivals = number("SELECT COUNT(DISTINCT arrival) FROM enrollment WHERE offering_id = ?");
        long lastSeated = number("SELECT MAX(arrival) FROM enrollment WHERE offering_id = ? AND status = 'CONFIRMED'");
        long firstWaiting = number("SELECT MIN(arrival) FROM enrollment WHERE offering_id = ? "
                + "AND status = 'WAITLISTED'");
        long seatsTaken = number("SELECT seats_taken FROM offering WHERE id = ?");
        long waitlistedCount = number("SELECT waitlisted FROM offering WHERE id = ?");
        Map<String, Integer> rank = waitlistRanks();
        int agreeing = 0;
        int answeredConfirmed = 0;
        Set<String> confirmedIds = new HashSet<>(ids("SELECT id FROM enrollment WHERE offering_id = ? "
                + "AND status = 'CONFIRMED'"));
        for (String line : answers) {
            String[] f = line.split("\t");
            if ("waitlisted".equals(f[1]) && Integer.valueOf(Integer.parseInt(f[2])).equals(rank.get(f[0]))) {
                agreeing++;
            } else if ("confirmed".equals(f[1]) && confirmedIds.contains(f[0])) {
                answeredConfirmed++;
            }
        }
        return List.of(
                Report.verdict(confirmed == seats, "database: " + confirmed + " confirmed (want " + seats + ")"),
                Report.verdict(waitlisted == waiting && all == people, "database: " + waitlisted
                        + " waitlisted (want " + waiting + "), " + all + " enrollments in all (want " + people + ")"),
                Report.verdict(persons == people && burstPeople == people, "database: one enrollment per person ("
                        + persons + " distinct people, " + burstPeople + " of them from the burst)"),
                Report.verdict(firstArrival == 1 && lastArrival == people && arrivals == people, "database: arrivals "
                        + firstArrival + ".." + lastArrival + ", " + arrivals + " distinct (no gaps, no duplicates)"),
                Report.verdict(waitlisted == 0 || lastSeated < firstWaiting, "database: first come, first served "
                        + "(last confirmed arrival " + lastSeated + " < first waitlisted " + firstWaiting + ")"),
                Report.verdict(rank.size() == waiting && rank.values().stream().distinct().count() == waiting,
                        "database: waitlist ranks by arrival 1.." + rank.size() + ", no gaps or duplicates"),
                Report.verdict(agreeing == waiting, "database: " + agreeing + " of " + waiting
                        + " waitlisted answers name the person's rank by arrival"),
                Report.verdict(answeredConfirmed == seats, "database: " + answeredConfirmed + " of " + seats
                        + " confirmed answers are confirmed enrollments"),
                Report.verdict(seatsTaken == seats && waitlistedCount == waiting, "database: offering.seats_taken="
                        + seatsTaken + " offering.waitlisted=" + waitlistedCount));
    }

    private Map<String, Integer> waitlistRanks() throws SQLException {
        List<String> inLine = ids("SELECT id FROM enrollment WHERE offering_id = ? AND status = 'WAITLISTED' "
                + "ORDER BY arrival");
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < inLine.size(); i++) {
            rank.put(inLine.get(i), i + 1);
        }
        return rank;
    }

    private long number(String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, offering);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, offering);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }
}
