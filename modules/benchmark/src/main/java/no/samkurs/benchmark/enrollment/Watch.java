package no.samkurs.benchmark.enrollment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a burst's work went: the CPU time of this client and of the processes named in
 * {@code -Dburst.watch=server:PID,database:PID} (from /proc), and, with {@code -Dburst.jdbc=URL}, the statements
 * the database server ran (its global counters: on a shared database they count every client).
 */
final class Watch {

    private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_commit");

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final long hz = Long.getLong("burst.hz", 100);
    private final String jdbc = System.getProperty("burst.jdbc");

    Watch(String spec) {
        if (spec != null && !spec.isBlank()) {
            for (String named : spec.split(",")) {
                String[] parts = named.split(":");
                pids.put(parts[0].strip(), Long.parseLong(parts[1].strip()));
            }
        }
    }

    /** CPU seconds so far per process ("client" is this one), and the database's counters. */
    Map<String, Double> sample() {
        Map<String, Double> values = new LinkedHashMap<>();
        pids.forEach((name, pid) -> values.put(name, procSeconds(pid)));
        values.put("client", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(jdbc, System.getProperty("db.user", "root"),
                    System.getProperty("db.password", "")); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                         + String.join("', '", COUNTERS) + "')")) {
                while (r.next()) {
                    values.put(r.getString(1), r.getDouble(2));
                }
            } catch (SQLException e) {
                System.err.println("Cannot read the database's counters: " + e.getMessage());
            }
        }
        return values;
    }

    /** utime + stime, fields 14 and 15 of /proc/PID/stat (counted after the command name in parentheses). */
    private double procSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) hz;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static List<String> between(Map<String, Double> before, Map<String, Double> after, double seconds,
                                int requests) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder cpu = new StringBuilder(String.format("CPU during it (%d cores x %.2f s = %.2f core-s):",
                cores, seconds, cores * seconds));
        StringBuilder statements = new StringBuilder("database statements during it, all clients (per request):");
        after.forEach((name, value) -> {
            double used = value - before.getOrDefault(name, Double.NaN);
            if (COUNTERS.contains(name)) {
                statements.append(String.format(" %s %.0f (%.1f)", name, used, used / requests));
            } else {
                cpu.append(String.format(" %s %.2f s (%.2f ms/request)", name, used, used * 1000 / requests));
            }
        });
        return after.containsKey("Questions") ? List.of(cpu.toString(), statements.toString())
                : List.of(cpu.toString());
    }
}
