package no.samkurs.calendar.feed.control;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one VTIMEZONE of every feed, built here rather than taken from ical4j's registry, which names Europe/Oslo
 * "Europe/Berlin" (an IANA alias) and lists its whole history. Compact: today's rule only (summer time from the last
 * Sunday of March 02:00 to the last Sunday of October 03:00), which Outlook, Google and Apple read alike. Also the
 * VTIMEZONE of invitations by mail.
 */
public final class OsloTimeZone {

    public static final String TZID = "Europe/Oslo";

    static final String TEXT = Folding.fold(build().toString());

    private OsloTimeZone() {
    }

    /** A new copy of the component, for a calendar object made with ical4j. */
    public static VTimeZone component() {
        return build();
    }

    private static VTimeZone build() {
        ZoneOffset winter = ZoneOffset.ofHours(1);
        ZoneOffset summer = ZoneOffset.ofHours(2);
        Observance daylight = new Daylight(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1970, 3, 29, 2, 0)), new TzOffsetFrom(winter), new TzOffsetTo(summer),
                new TzName("CEST"), new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))));
        Observance standard = new Standard(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1970, 10, 25, 3, 0)), new TzOffsetFrom(summer), new TzOffsetTo(winter),
                new TzName("CET"), new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))));
        return new VTimeZone(new PropertyList(List.of(new TzId(TZID))), new ComponentList<>(List.of(daylight, standard)));
    }
}
