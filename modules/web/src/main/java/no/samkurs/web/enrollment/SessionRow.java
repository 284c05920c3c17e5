package no.samkurs.web.enrollment;

import java.io.Serializable;
import java.time.Instant;

/** A session of the offering, for recording who came once it has started. */
public record SessionRow(String id, Instant startsAt, Instant endsAt, boolean started) implements Serializable {
}
