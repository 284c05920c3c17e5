package no.samkurs.benchmark.enrollment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What one burst's answers say: throughput, latency, statuses, and whether the seats and positions add up. */
final class Report {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");

    private final Burst burst;
    private final int seats;
    private final int n;
    private final String[] ids;
    private final String[] states;
    private final int[] positions;

    Report(Burst burst, int seats) {
        this.burst = burst;
        this.seats = seats;
        n = burst.status.length;
        ids = new String[n];
        states = new String[n];
        positions = new int[n];
        for (int i = 0; i < n; i++) {
            if (burst.status[i] == 201 || burst.status[i] == 200) {
                ids[i] = first(ID, burst.body[i]);
                states[i] = first(STATUS, burst.body[i]);
                String position = first(POSITION, burst.body[i]);
                positions[i] = position == null ? 0 : Integer.parseInt(position);
            }
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    String result(String label) {
        long[] sorted = burst.nanos.clone();
        Arrays.sort(sorted);
        return String.format("%s requests=%d seconds=%.3f rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f "
                        + "statuses: %s confirmed=%d waitlisted=%d", label, n, burst.seconds, n / burst.seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[n - 1] / 1e6,
                statuses(), count("confirmed"), count("waitlisted"));
    }

    List<String> work() {
        return Watch.between(burst.before, burst.after, burst.seconds, n);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private String statuses() {
        Map<String, Integer> counts = new TreeMap<>();
        for (int s : burst.status) {
            counts.merge(s == Burst.FAILED ? "failed" : String.valueOf(s), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private long count(String state) {
        return Arrays.stream(states).filter(state::equals).count();
    }

    List<String> checks() {
        long created = Arrays.stream(burst.status).filter(s -> s == 201).count();
        long waiting = n - seats;
        boolean[] seen = new boolean[Math.max(0, n - seats) + 1];
        int inLine = 0;
        for (int i = 0; i < n; i++) {
            if ("waitlisted".equals(states[i]) && positions[i] >= 1 && positions[i] <= waiting && !seen[positions[i]]) {
                seen[positions[i]] = true;
                inLine++;
            }
        }
        return List.of(
                verdict(created == n, "answers: " + created + " of " + n + " requests answered 201 Created, "
                        + (n - created) + " not (" + statuses() + ")"),
                verdict(count("confirmed") == seats && count("waitlisted") == waiting, "answers: "
                        + count("confirmed") + " confirmed (want " + seats + "), " + count("waitlisted")
                        + " waitlisted (want " + waiting + ")"),
                verdict(inLine == waiting && count("waitlisted") == waiting, "answers: waitlist positions 1.."
                        + waiting + " each answered exactly once (" + inLine + " distinct in range)"));
    }

    static String verdict(boolean pass, String what) {
        return (pass ? "PASS " : "FAIL ") + what;
    }

    /** A few of the answers that were not 201, to show why. */
    List<String> failures() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < n && shown.size() < 5; i++) {
            if (burst.status[i] != 201) {
                String text = burst.body[i] == null ? "" : burst.body[i];
                shown.add("  answer " + burst.status[i] + ": " + text.substring(0, Math.min(300, text.length())));
            }
        }
        return shown;
    }

    List<String> answers() {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(ids[i] + "\t" + states[i] + "\t" + positions[i] + "\t" + burst.status[i] + "\t"
                    + burst.answeredAt[i]);
        }
        return lines;
    }
}
