package no.samkurs.benchmark.enrollment;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The client of the enrollment burst. Usage: {@code EnrollmentBurst <base-url> <connections> <seats> <offering>
 * <tokens-file> <answers-file> [<warm-up offering> <warm-up tokens-file>]}. With a warm-up it first enrolls the
 * warm-up people in their own webinar the same way (the server and this client then run compiled code, as a server
 * that has been up for a while does), then measures the burst. Prints a RESULT line (throughput, latency, statuses),
 * where the work went ({@link Watch}), PASS/FAIL lines for the answers, and writes one line per answer (enrollment
 * id, status, position, HTTP status, when it came in) for {@link EnrollmentCheck} and the notification benchmark.
 * Last, an EMPTY line: as many requests for the empty health endpoint, the ceiling of the HTTP stack on this machine
 * (left out with {@code -Dburst.empty=false}).
 */
public final class EnrollmentBurst {

    private EnrollmentBurst() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6 && args.length != 8) {
            throw new IllegalArgumentException("Usage: EnrollmentBurst <base-url> <connections> <seats> <offering> "
                    + "<tokens-file> <answers-file> [<warm-up offering> <warm-up tokens-file>]");
        }
        URI base = URI.create(args[0]);
        InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort());
        int connections = Integer.parseInt(args[1]);
        int seats = Integer.parseInt(args[2]);
        Watch watch = new Watch(System.getProperty("burst.watch"));
        if (args.length == 8) {
            List<String> warmup = Files.readAllLines(Path.of(args[7]));
            if (!warmup.isEmpty()) {
                Report warm = new Report(Burst.run(server, connections, args[6], warmup, watch), seats);
                System.out.println(warm.result("WARMUP"));
                warm.work().forEach(System.out::println);
                Thread.sleep(2_000);
            }
        }
        List<String> tokens = Files.readAllLines(Path.of(args[4]));
        Report report = new Report(Burst.run(server, connections, args[3], tokens, watch), seats);
        System.out.println(report.result("RESULT"));
        report.work().forEach(System.out::println);
        report.checks().forEach(System.out::println);
        report.failures().forEach(System.out::println);
        Files.write(Path.of(args[5]), report.answers());
        if (!Boolean.parseBoolean(System.getProperty("burst.empty", "true"))) {
            return;  // -Dburst.empty=false: notification.sh measures the delivery that follows, undisturbed
        }
        // Twice: the first compiles the health endpoint's path.
        Burst.empty(server, connections, tokens.size(), watch);
        Burst empty = Burst.empty(server, connections, tokens.size(), watch);
        long answered = Arrays.stream(empty.status).filter(s -> s == 200).count();
        System.out.printf(Locale.ROOT, "EMPTY requests=%d seconds=%.3f rps=%.0f answered_200=%d (GET /health/live, "
                + "same client and connections: the HTTP stack's own ceiling)%n", empty.status.length, empty.seconds,
                empty.status.length / empty.seconds, answered);
    }
}
