package no.samkurs.benchmark.enrollment;

import com.mysql.cj.jdbc.MysqlDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Prepares the enrollment burst in two steps, because the server must read the issuer's key when it starts and must
 * have migrated the database before the data goes in:
 * <ul>
 *     <li>{@code keys <dir> <people> <warm-up people>}: a new key pair; writes {@code issuer.pem} (the public key),
 *     {@code tokens.txt} and {@code warmup-tokens.txt} (one RS256 token per person and line, valid three hours),
 *     and {@code benchmark.env}: the server's token settings and the two webinars' ids, for the script;</li>
 *     <li>{@code data <jdbc-url> <people> <warm-up people> <seats>}: the participants and the two webinars, the one
 *     measured and one for the warm-up, with the same number of seats.</li>
 * </ul>
 */
public final class EnrollmentSetup {

    private EnrollmentSetup() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "keys" -> keys(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "data" -> data(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("Usage: EnrollmentSetup keys <dir> <people> <warm-up> | "
                    + "data <jdbc-url> <people> <warm-up> <seats>");
        }
    }

    private static void keys(Path dir, int people, int warmup) throws Exception {
        long started = System.nanoTime();
        Issuer issuer = new Issuer();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("issuer.pem"), issuer.publicKeyPem());
        Instant expires = Instant.now().plus(3, ChronoUnit.HOURS);
        Files.write(dir.resolve("tokens.txt"), tokens(issuer, People.Group.BURST, people, expires));
        Files.write(dir.resolve("warmup-tokens.txt"), tokens(issuer, People.Group.WARMUP, warmup, expires));
        Files.write(dir.resolve("benchmark.env"), List.of("SAMKURS_TOKEN_ISSUER=" + Issuer.NAME,
                "SAMKURS_TOKEN_AUDIENCE=" + Issuer.AUDIENCE,
                "SAMKURS_TOKEN_PUBLICKEY=" + dir.resolve("issuer.pem").toAbsolutePath(),
                "BURST_OFFERING=" + Webinar.BURST, "WARMUP_OFFERING=" + Webinar.WARMUP));
        System.out.printf("Signed %d + %d tokens in %.1f s; issuer %s, audience %s%n", people, warmup,
                (System.nanoTime() - started) / 1e9, Issuer.NAME, Issuer.AUDIENCE);
    }

    private static List<String> tokens(Issuer issuer, People.Group group, int count, Instant expires) {
        return IntStream.range(0, count).parallel().mapToObj(i -> issuer.token(group.email(i), expires)).toList();
    }

    private static void data(String url, int people, int warmup, int seats) throws Exception {
        long started = System.nanoTime();
        try (Connection c = dataSource(url).getConnection()) {
            c.setAutoCommit(false);
            People.insert(c, People.Group.BURST, people);
            People.insert(c, People.Group.WARMUP, warmup);
            Webinar.insert(c, Webinar.BURST, "Benk: påmeldingsrush", seats);
            Webinar.insert(c, Webinar.WARMUP, "Benk: oppvarming", seats);
        }
        System.out.printf("Inserted %d + %d participants and two %d-seat webinars in %.1f s%n", people, warmup,
                seats, (System.nanoTime() - started) / 1e9);
    }

    public static MysqlDataSource dataSource(String url) {
        MysqlDataSource db = new MysqlDataSource();
        db.setURL(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
        db.setUser(System.getProperty("db.user", "root"));
        db.setPassword(System.getProperty("db.password", ""));
        return db;
    }
}
