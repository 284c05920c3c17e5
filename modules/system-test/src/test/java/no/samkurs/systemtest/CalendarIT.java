package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static no.samkurs.systemtest.CalendarFeeds.parameter;
import static no.samkurs.systemtest.CalendarFeeds.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar over HTTP on the shared site (packaged WAR, demo accounts and season): feeds that follow the catalog
 * (stable UIDs, rising SEQUENCE, cancellations kept, Oslo time on both sides of a DST change, no join links),
 * conditional GETs, the personal feed's token rules, series with their recurrence, bad input as problems, and who
 * sees the overlaps.
 */
class CalendarIT {

    static final String PASSWORD = Site.PASSWORD;
    static final String JOIN = "https://video.example.no/kalender-" + UUID.randomUUID();

    /** Two sessions a week apart across the end of summer time on 2027-03-28: 13:00 Oslo is 12:00Z, then 11:00Z. */
    static final String WEBINAR = """
            {"kind": "webinar", "delivery": "digital", "title": "Kalendertest – samtaler med barn",
             "summary": "Et webinar for helsesykepleiere.", "topics": ["trauma"], "targetGroups": ["health-station"],
             "counties": ["55"], "sessions": [
               {"start": "2027-03-23T13:00", "end": "2027-03-23T14:30", "joinUrl": "%1$s"},
               {"start": "2027-03-30T13:00", "end": "2027-03-30T14:30", "joinUrl": "%1$s"}]}""".formatted(JOIN);

    static Client client() throws Exception {
        return new Client(Site.uri());
    }

    static Client as(String role) throws Exception {
        return client().as(Site.DEMO.get(role), PASSWORD);
    }

    static JsonObject publishedWebinar(Client editor) {
        HttpResponse<String> created = editor.postJson("api/offerings", WEBINAR);
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        HttpResponse<String> published = editor.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return Client.object(published);
    }

    @Test
    void countyFeedFollowsTheCatalogAndAnswersConditionalRequests() throws Exception {
        Client editor = as("provider-editor");
        JsonObject offering = publishedWebinar(editor);
        String id = offering.getString("id");
        String first = offering.getJsonArray("sessions").getJsonObject(0).getString("id") + "@samkurs.no";
        String second = offering.getJsonArray("sessions").getJsonObject(1).getString("id") + "@samkurs.no";
        Client anonymous = client();

        HttpResponse<String> feed = anonymous.get("calendar/county/55.ics");
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals("text/calendar;charset=utf-8", feed.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase());
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();
        CalendarFeeds parsed = CalendarFeeds.parse(feed.body());
        List<VTimeZone> zones = parsed.ical4j().getComponents("VTIMEZONE");
        assertEquals(1, zones.size(), "exactly one VTIMEZONE");
        assertEquals("Europe/Oslo", zones.get(0).getTimeZoneId().getValue());
        assertFalse(feed.body().contains(JOIN), "no join link in a public feed");
        assertTrue(feed.body().contains("X-WR-CALNAME:"), "the calendar has a name");
        assertTrue(feed.body().contains("REFRESH-INTERVAL;VALUE=DURATION:"), "RFC 7986 refresh hint");

        VEvent before = parsed.withUid(first).get(0);
        VEvent after = parsed.withUid(second).get(0);
        assertEquals("Europe/Oslo", parameter(before, "DTSTART", "TZID"));
        assertEquals("20270323T130000", property(before, "DTSTART"));
        assertEquals("20270330T130000", property(after, "DTSTART"), "13:00 local after the change to summer time");
        assertEquals(Instant.parse("2027-03-23T12:00:00Z"), instant(parsed.biweeklyWithUid(first).get(0)));
        assertEquals(Instant.parse("2027-03-30T11:00:00Z"), instant(parsed.biweeklyWithUid(second).get(0)));
        assertEquals("CONFIRMED", property(before, "STATUS"));
        assertEquals("1", property(before, "SEQUENCE"));
        assertTrue(property(before, "URL").endsWith("/tilbudet?id=" + id));
        assertTrue(property(before, "DESCRIPTION").contains("RVTS Nord"), "the hosts are named");

        HttpResponse<String> unchanged = anonymous.get("calendar/county/55.ics", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(304, anonymous.get("calendar/county/55.ics", "If-Modified-Since", lastModified).statusCode());

        // The second session is removed: it stays, cancelled, with a higher SEQUENCE; the first keeps its UID.
        JsonObject current = Client.object(editor.get("api/offerings/" + id));
        String edited = WEBINAR.replace("{\"kind\"", "{\"version\": " + current.getInt("version") + ", \"kind\"")
                .replaceAll(",\\s*\\{\"start\": \"2027-03-30[^}]*}", "")
                .replace("{\"start\": \"2027-03-23", "{\"id\": \"" + first.replace("@samkurs.no", "")
                        + "\", \"start\": \"2027-03-23");
        HttpResponse<String> changed = editor.send("PUT", "api/offerings/" + id, "application/json", edited);
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> again = anonymous.get("calendar/county/55.ics", "If-None-Match", etag);
        assertEquals(200, again.statusCode(), "a change makes the old ETag stale");
        assertNotEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        CalendarFeeds next = CalendarFeeds.parse(again.body());
        assertEquals("CONFIRMED", property(next.withUid(first).get(0), "STATUS"));
        assertEquals("CANCELLED", property(next.withUid(second).get(0), "STATUS"), "a removed session stays cancelled");
        assertEquals("2", property(next.withUid(second).get(0), "SEQUENCE"));

        assertEquals(200, editor.postJson("api/offerings/" + id + "/cancel", "{\"reason\": \"Sykdom\"}").statusCode());
        CalendarFeeds cancelled = CalendarFeeds.parse(anonymous.get("calendar/county/55.ics").body());
        VEvent gone = cancelled.withUid(first).get(0);
        assertEquals("CANCELLED", property(gone, "STATUS"));
        assertEquals("3", property(gone, "SEQUENCE"));
        assertEquals("Europe/Oslo", parameter(gone, "DTSTART", "TZID"));
    }

    static Instant instant(biweekly.component.VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }

    @Test
    void badAddressesAndRangesAreProblems() throws Exception {
        Client anonymous = client();
        for (String path : List.of("calendar/county/99.ics", "calendar/region/sf-nowhere.ics",
                "calendar/provider/nobody.ics", "api/calendar?county=99")) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("application/problem+json"), path);
        }
        for (String path : List.of("calendar/county/55.ics?from=i-morgen", "calendar/county/55.ics?topic=astrology",
                "api/calendar?county=55&from=2027-01-01&to=2028-01-01", "api/calendar?county=55&from=2027-02-01&to=2027-01-01")) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(400, response.statusCode(), path + " " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("application/problem+json"), path);
        }
        HttpResponse<String> month = anonymous.get("api/calendar?county=55&from=2027-03-01&to=2027-04-01");
        assertEquals(200, month.statusCode(), month.body());
        JsonObject view = Client.object(month);
        assertTrue(view.getJsonObject("feed").getString("webcal").startsWith("webcal://"));
        assertTrue(view.getJsonObject("feed").getString("https").contains("/calendar/county/55.ics"));
    }

    @Test
    void personalFeedBehindARevocableSecret() throws Exception {
        Client participant = as("participant");
        assertEquals(401, client().postJson("api/me/calendar-feed", "").statusCode());
        HttpResponse<String> issued = participant.postJson("api/me/calendar-feed", "");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject feed = Client.object(issued);
        String path = path(feed.getString("https"));
        assertTrue(feed.getString("webcal").startsWith("webcal://"));
        assertTrue(feed.getString("token").length() >= 43, "at least 256 bits");

        String offering = publishedWebinar(as("provider-editor")).getString("id");
        assertEquals(200, participant.send("PUT", "api/me/follows/" + offering, "application/json", "").statusCode());
        HttpResponse<String> mine = client().get(path);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.headers().firstValue("Cache-Control").orElseThrow().contains("private"));
        assertTrue(mine.body().contains("Kalendertest"), "the followed offering is in the personal feed");
        assertFalse(mine.body().contains(JOIN), "no join link before a confirmed enrollment");
        CalendarFeeds.parse(mine.body());

        String renewed = path(Client.object(participant.postJson("api/me/calendar-feed", "")).getString("https"));
        HttpResponse<String> revoked = client().get(path);
        HttpResponse<String> unknown = client().get("calendar/personal/" + "A".repeat(43) + ".ics");
        assertEquals(404, revoked.statusCode(), "the old address stops working");
        assertEquals(404, unknown.statusCode());
        assertEquals(revoked.body(), unknown.body(), "a revoked address is not told from one that never existed");
        assertEquals(200, client().get(renewed).statusCode());
        assertEquals(204, participant.send("DELETE", "api/me/calendar-feed", "application/json", "").statusCode());
        assertEquals(404, client().get(renewed).statusCode());
    }

    @Test
    void seriesAreOneEventWithRecurrenceAndOverrides() throws Exception {
        Client editor = as("provider-editor");
        String id = publishedWebinar(editor).getString("id");
        HttpResponse<String> malformed = editor.postJson("api/offerings/" + id + "/series", """
                {"firstDate": "2027-09-07", "start": "13:00", "end": "15:00", "rule": "FREQ=SOMETIMES"}""");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("rule", Client.object(malformed).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Client.array(editor.get("api/offerings/" + id + "/series")).size(), "nothing half-stored");

        HttpResponse<String> created = editor.postJson("api/offerings/" + id + "/series", """
                {"title": "Nettverksmøte", "firstDate": "2027-09-07", "start": "13:00", "end": "15:00",
                 "rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20271214T235959Z",
                 "excludedDates": ["2027-10-05"]}""");
        assertEquals(201, created.statusCode(), created.body());
        String series = Client.object(created).getString("id");
        HttpResponse<String> cancelled = editor.send("PUT", "api/series/" + series + "/occurrences/2027-11-02",
                "application/json", "{\"cancelled\": true}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());

        CalendarFeeds feed = CalendarFeeds.parse(client().get("calendar/county/55.ics").body());
        List<VEvent> events = feed.withUid("series-" + series + "@samkurs.no");
        VEvent master = events.stream().filter(e -> e.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        assertTrue(property(master, "RRULE").contains("INTERVAL=2"));
        assertEquals("20271005T130000", property(master, "EXDATE"));
        assertEquals("Europe/Oslo", parameter(master, "DTSTART", "TZID"));
        VEvent override = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).findFirst()
                .orElseThrow();
        assertEquals("20271102T130000", property(override, "RECURRENCE-ID"));
        assertEquals("CANCELLED", property(override, "STATUS"));
        assertEquals(2, feed.biweeklyWithUid("series-" + series + "@samkurs.no").size(), "biweekly agrees");
    }

    @Test
    void overlapsAreForTheRegionsCoordinatorsOnly() throws Exception {
        String own = "api/regions/sf-troms-og-finnmark/overlaps";
        assertEquals(401, client().get(own).statusCode());
        assertEquals(403, as("provider-editor").get(own).statusCode());
        assertEquals(403, as("participant").get(own).statusCode());
        assertEquals(200, as("regional-coordinator").get(own).statusCode());
        assertEquals(403, as("regional-coordinator").get("api/regions/sf-rogaland/overlaps").statusCode());
        assertEquals(200, as("administrator").get("api/regions/sf-rogaland/overlaps").statusCode());
        assertEquals(404, as("administrator").get("api/regions/sf-nowhere/overlaps").statusCode());
    }

    static String path(String address) {
        URI uri = URI.create(address);
        return uri.getRawPath().substring(1);
    }
}
