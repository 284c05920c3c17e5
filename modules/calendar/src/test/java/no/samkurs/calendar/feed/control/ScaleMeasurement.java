package no.samkurs.calendar.feed.control;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.samkurs.catalog.offering.entity.Topic;

/**
 * Not a test: measures the catch-up and a region feed's generation on a database loaded with the benchmark's
 * synthetic catalog (modules/benchmark SyntheticCatalog), outside the server. Prints; asserts nothing about time.
 * Run with {@code -Dsamkurs.calendar.scale-db=<database> -Dtest=ScaleMeasurement}.
 */
@EnabledIfSystemProperty(named = "samkurs.calendar.scale-db", matches = ".+")
class ScaleMeasurement {

    @Test
    void catchUpAndARegionFeed() {
        MysqlDataSource db = new MysqlDataSource();
        db.setURL(TestDatabase.mysqlUrl(System.getProperty("samkurs.calendar.scale-db")));
        db.setUser(TestDatabase.mysqlUser());
        db.setPassword(TestDatabase.mysqlPassword());
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("jakarta.persistence.nonJtaDataSource", db));
        if (System.getProperty("samkurs.calendar.batch-writing") != null) {
            properties.put("eclipselink.jdbc.batch-writing", System.getProperty("samkurs.calendar.batch-writing"));
        }
        EntityManagerFactory jpa = Persistence.createEntityManagerFactory("calendar-test", properties);
        Calendar calendar = new Calendar(jpa, new TestClock(Instant.now()));
        long started = System.nanoTime();
        List<String> behind = calendar.inTransaction(em -> calendar.catchUp.behind());
        System.out.printf("catch-up: %d offerings behind, found in %d ms%n", behind.size(), ms(started));
        for (int from = 0; from < behind.size(); from += CatchUp.PAGE) {
            List<String> page = behind.subList(from, Math.min(behind.size(), from + CatchUp.PAGE));
            calendar.inTransaction(em -> calendar.projection.projectAll(page));
        }
        System.out.printf("catch-up: done in %d ms%n", ms(started));

        CalendarQuery query = new CalendarQuery(CalendarQuery.Scope.REGION, "sf-rogaland", null, null,
                EnumSet.of(Topic.TRAUMA), Set.of(), Set.of());
        for (int round = 0; round < 2; round++) {
            Calendar instance = new Calendar(jpa, new TestClock(Instant.now()));
            long cold = System.nanoTime();
            String text = new String(instance.inTransaction(em -> instance.feeds.render(query,
                    "https://samkurs.example")), java.nio.charset.StandardCharsets.UTF_8);
            System.out.printf("region feed, cold: %d events, %d bytes, %d ms%n",
                    text.split("BEGIN:VEVENT", -1).length - 1, text.length(), ms(cold));
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 31; i++) {
                long warm = System.nanoTime();
                instance.inTransaction(em -> instance.feeds.render(query, "https://samkurs.example"));
                times.add(System.nanoTime() - warm);
            }
            Collections.sort(times);
            System.out.printf("region feed, warm: median %.1f ms, min %.1f ms, max %.1f ms%n", times.get(15) / 1e6,
                    times.get(0) / 1e6, times.get(30) / 1e6);
        }
        jpa.close();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
