package no.samkurs.calendar.personal.control;

import java.time.Instant;

/** A feed token just issued: the secret, shown to its owner this once (only its hash is stored), and when. */
public record IssuedToken(String token, Instant since) {
}
