package no.samkurs.catalog.offering.entity;

import java.time.Instant;

/** What an editor says about one session; {@code id} names an existing session to keep, null for a new one. */
public record SessionDetails(String id, Instant startsAt, Instant endsAt, String title, String joinUrl,
                             String location) {
}
