package no.samkurs.web.enrollment;

import java.io.Serializable;

/**
 * What became of one line of a bulk enrollment, in words: {@code kind} is {@code confirmed}, {@code waitlisted},
 * {@code exists} or {@code error}; {@code lang} is {@code nb} when the words could only be given in bokmål.
 */
public record BulkRow(int line, String email, String kind, String result, String lang) implements Serializable {

    public boolean isError() {
        return "error".equals(kind);
    }
}
