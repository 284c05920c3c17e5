package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/** {@link NorwegianTime} for the pages, in the reader's language: {@code #{dates.dateTime(session.startsAt)}}. */
@Named
@RequestScoped
public class Dates {

    @Inject
    Language language;

    public String dateTime(Instant instant) {
        return NorwegianTime.dateTime(instant, language.getLocale());
    }

    public String date(Instant instant) {
        return NorwegianTime.date(instant, language.getLocale());
    }

    public String shortDate(Instant instant) {
        return NorwegianTime.shortDate(instant, language.getLocale());
    }

    public String span(Instant start, Instant end) {
        return NorwegianTime.span(start, end, language.getLocale());
    }
}
