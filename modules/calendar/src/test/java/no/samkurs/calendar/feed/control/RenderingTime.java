package no.samkurs.calendar.feed.control;

import no.samkurs.calendar.feed.entity.EventContent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Not a timing assertion: prints how long 5,000 events take to render, the first time (ical4j builds every VEVENT)
 * and from the cache of rendered events (what a feed costs once its events are rendered on this instance).
 */
class RenderingTime {

    static final int EVENTS = 5_000;

    @Test
    void fiveThousandEvents() {
        List<EventContent> events = new ArrayList<>();
        Instant first = Instant.parse("2026-10-01T07:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            events.add(new EventContent(i + "-" + "0".repeat(30) + "@samkurs.no", "offering-" + i / 10, "s" + i, null,
                    "Traumebevisst praksis i skolen – Bergen " + i, i % 3 == 0 ? "Samling " + i : null, "course",
                    "Et kurs for ansatte i skolen om hvordan traumer preger barns læring og hva skolen kan gjøre. "
                            + "Med eksempler fra praksis og tid til spørsmål.",
                    List.of("RVTS Vest", "KoRUS Vest Bergen"), "Kulturhuset, Grønnegata 87, Tromsø",
                    List.of("Traumer", "Psykisk helse"), i % 50 == 0, i % 50 == 0 ? "For få påmeldte" : null,
                    first.plusSeconds(3600L * i), first.plusSeconds(3600L * i + 7200), null));
        }
        Instant changed = Instant.parse("2026-08-20T08:30:00Z");
        List<EventRow> rows = events.stream().map(c -> new EventRow(c.uid(), c.fingerprint(), 1, changed, changed,
                c.cancelled(), c.startsAt(), c.endsAt())).toList();
        RenderedEvents cache = new RenderedEvents(20_000);
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        int bytes = 0;
        for (int round = 0; round < 5; round++) {
            cache = new RenderedEvents(20_000);
            cold.add(time(events, rows, cache));
        }
        for (int round = 0; round < 21; round++) {
            long started = System.nanoTime();
            bytes = render(events, rows, cache).length;
            warm.add(System.nanoTime() - started);
        }
        Collections.sort(cold);
        Collections.sort(warm);
        assertEquals(EVENTS, cache.size());
        System.out.printf("Rendering %d events (%d bytes): first time median %.0f ms (ical4j), from the cache "
                + "median %.1f ms%n", EVENTS, bytes, cold.get(2) / 1e6, warm.get(10) / 1e6);
    }

    private static long time(List<EventContent> events, List<EventRow> rows, RenderedEvents cache) {
        long started = System.nanoTime();
        render(events, rows, cache);
        return System.nanoTime() - started;
    }

    /** As Feeds does once the rows are read: the rows carry the key, the content is parsed only for a miss. */
    private static byte[] render(List<EventContent> events, List<EventRow> rows, RenderedEvents cache) {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(EVENTS * 800);
        text.writeBytes((Feeds.header("Samkurs – Vestland") + OsloTimeZone.TEXT).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
            EventRow row = rows.get(i);
            EventContent c = events.get(i);
            text.writeBytes(cache.get(row.key("https://samkurs.no"),
                    () -> VEvents.render(row, c, "https://samkurs.no", null).getBytes(StandardCharsets.UTF_8)));
        }
        return text.toByteArray();
    }
}
