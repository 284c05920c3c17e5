package no.samkurs.calendar.feed.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What the feeds show of one event, stored with it: a removed session's text is gone from the catalog, yet its
 * event stays (cancelled). Everything here is shown, so its {@link #fingerprint()} changes exactly when the event
 * does. {@code part} is a session's or series' own title; {@code recurring} is null for a session.
 */
public record EventContent(String uid, String offeringId, String sessionId, String seriesId, String title,
                           String part, String kind, String summary, List<String> hosts, String location,
                           List<String> categories, boolean cancelled, String cancelReason, Instant startsAt,
                           Instant endsAt, Recurring recurring) {

    /**
     * A series: its RRULE value as the feed writes it (UNTIL in UTC), the first meeting's local start and end (the
     * DTSTART/DTEND every meeting repeats), the dates it skips, and every meeting it has.
     */
    public record Recurring(String rule, LocalDateTime firstStart, LocalDateTime firstEnd, List<LocalDate> excluded,
                            List<Meeting> meetings) {

        public Recurring {
            excluded = List.copyOf(excluded);
            meetings = List.copyOf(meetings);
        }
    }

    /** One meeting of a series, named by its date in the rule; moved or cancelled on its own, or neither. */
    public record Meeting(LocalDate date, Instant startsAt, Instant endsAt, boolean moved, boolean cancelled) {
    }

    public EventContent {
        Objects.requireNonNull(uid);
        hosts = List.copyOf(hosts);
        categories = List.copyOf(categories);
    }

    public boolean isSeries() {
        return recurring != null;
    }

    /** The same event, cancelled; the text stays what it was. */
    public EventContent cancelledNow() {
        return new EventContent(uid, offeringId, sessionId, seriesId, title, part, kind, summary, hosts, location,
                categories, true, cancelReason, startsAt, endsAt, recurring);
    }

    /** SHA-256 of the stored form, in hex. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The stored form: JSON with the fields always in the same order. */
    public String json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("uid", uid);
        put(json, "offeringId", offeringId);
        put(json, "sessionId", sessionId);
        put(json, "seriesId", seriesId);
        put(json, "title", title);
        put(json, "part", part);
        put(json, "kind", kind);
        put(json, "summary", summary);
        json.add("hosts", Json.createArrayBuilder(hosts));
        put(json, "location", location);
        json.add("categories", Json.createArrayBuilder(categories));
        json.add("cancelled", cancelled);
        put(json, "cancelReason", cancelReason);
        json.add("startsAt", startsAt.toString()).add("endsAt", endsAt.toString());
        if (recurring != null) {
            JsonArrayBuilder meetings = Json.createArrayBuilder();
            recurring.meetings().forEach(m -> meetings.add(Json.createObjectBuilder().add("date", m.date().toString())
                    .add("startsAt", m.startsAt().toString()).add("endsAt", m.endsAt().toString())
                    .add("moved", m.moved()).add("cancelled", m.cancelled())));
            json.add("recurring", Json.createObjectBuilder().add("rule", recurring.rule())
                    .add("firstStart", recurring.firstStart().toString())
                    .add("firstEnd", recurring.firstEnd().toString())
                    .add("excluded", Json.createArrayBuilder(recurring.excluded().stream().map(Object::toString).toList()))
                    .add("meetings", meetings));
        }
        return json.build().toString();
    }

    public static EventContent parse(String stored) {
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            JsonObject json = reader.readObject();
            JsonObject r = json.getJsonObject("recurring");
            Recurring recurring = r == null ? null : new Recurring(r.getString("rule"),
                    LocalDateTime.parse(r.getString("firstStart")), LocalDateTime.parse(r.getString("firstEnd")),
                    strings(r.getJsonArray("excluded")).stream().map(LocalDate::parse).toList(),
                    r.getJsonArray("meetings").getValuesAs(JsonObject.class).stream().map(m -> new Meeting(
                            LocalDate.parse(m.getString("date")), Instant.parse(m.getString("startsAt")),
                            Instant.parse(m.getString("endsAt")), m.getBoolean("moved"), m.getBoolean("cancelled")))
                            .toList());
            return new EventContent(json.getString("uid"), text(json, "offeringId"), text(json, "sessionId"),
                    text(json, "seriesId"), text(json, "title"), text(json, "part"), text(json, "kind"),
                    text(json, "summary"), strings(json.getJsonArray("hosts")), text(json, "location"),
                    strings(json.getJsonArray("categories")), json.getBoolean("cancelled"),
                    text(json, "cancelReason"), Instant.parse(json.getString("startsAt")),
                    Instant.parse(json.getString("endsAt")), recurring);
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
