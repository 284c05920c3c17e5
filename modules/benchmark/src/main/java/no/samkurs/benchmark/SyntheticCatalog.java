package no.samkurs.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.platform.schema.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Loads a synthetic catalog into a MariaDB/MySQL database: migrates it (with the real reference data), then inserts
 * published offerings with sessions, co-hosts, topics, target groups and counties through JDBC batches. The same
 * seed gives the same catalog. Usage: {@code SyntheticCatalog <jdbc-url> <user> <password> [offerings] [sessions]}.
 */
public final class SyntheticCatalog {

    private static final String[] SUBJECTS = {"Traumebevisst praksis", "Rusforebygging", "Vold i nære relasjoner",
            "Selvmordsforebygging", "Psykisk helse", "Barnevernsreformen", "Tidlig innsats", "Foreldreveiledning",
            "Samtaler med barn", "Skolevegring", "Digital vold", "Ungdata", "BTI-modellen", "SLT-samarbeid",
            "Selvskading", "Omsorgssvikt", "Angst og depresjon", "Rus og psykisk helse", "Mobbing og utenforskap",
            "Overgrep på nett", "Flyktningers helse", "Barn som pårørende", "Kriseteam", "Sorg i barnehagen"};
    private static final String[] FRAMES = {"i barnehagen", "i skolen", "for helsesykepleiere", "i NAV",
            "for ledere", "i barneverntjenesten", "for PP-tjenesten", "i kommunen", "for SLT-koordinatorer",
            "i praksis", "– grunnkurs", "– fordypning", "– læringsnettverk", "– webinarserie"};
    private static final String[] PLACES = {"Tromsø", "Bodø", "Alta", "Trondheim", "Bergen", "Stavanger", "Ålesund",
            "Kristiansand", "Skien", "Hamar", "Lillehammer", "Drammen", "Molde", "Førde", "Mo i Rana", "Vadsø"};

    private final List<String> titles = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    /**
     * Text is sampled from the demo season (real Norwegian course texts), so that words are as frequent as in a
     * real catalog: a query word matches a realistic share of offerings, not nearly all of them.
     */
    private SyntheticCatalog(Path season) {
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(season))) {
            for (var item : reader.readArray().getValuesAs(jakarta.json.JsonObject.class)) {
                titles.add(item.getString("title"));
                summaries.add(item.getString("summary"));
                for (String sentence : item.getString("description", "").split("(?<=\\.) ")) {
                    sentences.add(sentence);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/samkurs_bench";
        MysqlDataSource db = new MysqlDataSource();
        db.setURL(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
        db.setUser(args.length > 1 ? args[1] : "root");
        db.setPassword(args.length > 2 ? args[2] : "");
        int offerings = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int sessions = args.length > 4 ? Integer.parseInt(args[4]) : 200_000;
        Schema.migrate(db);
        long started = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            new SyntheticCatalog(Path.of(args.length > 5 ? args[5]
                    : "modules/app/src/main/resources/demo/season.json")).load(c, offerings, sessions);
        }
        System.out.printf("Loaded %d offerings and %d sessions in %d s%n", offerings, sessions,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void load(Connection c, int offerings, int sessionTotal) throws SQLException {
        Random random = new Random(2026);
        List<String> providers = ids(c, "SELECT id FROM organisation ORDER BY id");
        List<String> counties = ids(c, "SELECT number FROM county ORDER BY number");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime seasonStart = LocalDateTime.now().plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        try (Batches batches = new Batches(c)) {
            int sessionsLeft = sessionTotal;
            for (int i = 0; i < offerings; i++) {
                String id = UUID.nameUUIDFromBytes(("synthetic-" + i).getBytes()).toString();
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                Delivery delivery = kind == Kind.WEBINAR || kind == Kind.E_LEARNING ? Delivery.DIGITAL
                        : Delivery.values()[random.nextInt(Delivery.values().length)];
                String title = random.nextBoolean()
                        ? titles.get(random.nextInt(titles.size())) + " – " + PLACES[random.nextInt(PLACES.length)]
                        : SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + FRAMES[random.nextInt(FRAMES.length)]
                        + " – " + PLACES[random.nextInt(PLACES.length)];
                String lead = providers.get(random.nextInt(providers.size()));
                boolean national = random.nextInt(10) == 0;
                // Spread the sessions evenly: what is left divided over the offerings left (none for e-learning).
                int sessions = kind == Kind.E_LEARNING ? 0
                        : Math.max(1, Math.round((float) sessionsLeft / (offerings - i) * (0.5f + random.nextFloat())));
                sessions = Math.min(sessions, sessionsLeft);
                sessionsLeft -= sessions;
                batches.offering(id, kind, delivery, title, summary(random), description(random), national,
                        random.nextInt(8) == 0 ? 500 + random.nextInt(20) * 100 : 0,
                        random.nextInt(3) == 0 ? null : 20 + random.nextInt(300), lead,
                        delivery == Delivery.DIGITAL ? null : "Kulturhuset", now);
                for (int t : distinct(random, Topic.values().length, 1 + random.nextInt(2))) {
                    batches.topic(id, Topic.values()[t].name());
                }
                for (int g : distinct(random, TargetGroup.values().length, 1 + random.nextInt(3))) {
                    batches.targetGroup(id, TargetGroup.values()[g].name());
                }
                if (!national) {
                    for (int k : distinct(random, counties.size(), 1 + random.nextInt(3))) {
                        batches.county(id, counties.get(k));
                    }
                }
                if (random.nextInt(3) == 0) {
                    String coHost = providers.get(random.nextInt(providers.size()));
                    if (!coHost.equals(lead)) {
                        batches.host(id, coHost, now);
                    }
                }
                LocalDateTime first = seasonStart.plusDays(random.nextInt(300));
                for (int s = 0; s < sessions; s++) {
                    LocalDateTime start = first.plusWeeks(s * (kind == Kind.NETWORK ? 4L : 1L));
                    batches.session(id, start, start.plusHours(2));
                }
                if (i % 1000 == 999) {
                    batches.flush();
                    System.out.printf("  %d offerings%n", i + 1);
                }
            }
            batches.flush();
        }
    }

    private String summary(Random random) {
        return summaries.get(random.nextInt(summaries.size()));
    }

    private String description(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        return text.toString().strip();
    }

    private static List<Integer> distinct(Random random, int bound, int count) {
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, bound)) {
            int next = random.nextInt(bound);
            if (!picked.contains(next)) {
                picked.add(next);
            }
        }
        return picked;
    }

    private static List<String> ids(Connection c, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** As the application's InstantConverter writes instants, so that both read the same moments back. */
    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
