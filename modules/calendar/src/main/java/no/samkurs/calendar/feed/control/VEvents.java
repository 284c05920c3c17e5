package no.samkurs.calendar.feed.control;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.calendar.series.entity.Series;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One event as iCalendar text (ical4j), folded: a session is one VEVENT; a series one VEVENT with RRULE and EXDATE
 * plus one VEVENT with RECURRENCE-ID (same UID) per meeting moved or cancelled on its own. Times are Norwegian local
 * time with TZID=Europe/Oslo. DTSTAMP is LAST-MODIFIED: a published feed has no METHOD, and then DTSTAMP says when
 * the event last changed (RFC 5545 3.8.7.2), which also keeps the text the same until it does. Invitations by mail
 * take the same components ({@link #of}) and set what a scheduling message needs on them.
 */
public final class VEvents {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final ParameterList OSLO = new ParameterList(List.of(new TzId(OsloTimeZone.TZID)));

    private VEvents() {
    }

    /** The event's text; a join link (personal feeds only, for confirmed participants) goes into DESCRIPTION. */
    static String render(EventRow row, EventContent c, String base, String joinLink) {
        StringBuilder text = new StringBuilder(1024);
        components(row, c, base, joinLink).forEach(text::append);
        return Folding.fold(text.toString());
    }

    /**
     * The event's VEVENTs as the feeds show them (the same UID, times and text), for an invitation by mail; the
     * join link as in {@link #render}.
     */
    public static List<VEvent> of(CalendarEvent event, String base, String joinLink) {
        return components(new EventRow(event.uid(), event.fingerprint(), event.sequence(), event.createdAt(),
                event.lastModified(), event.cancelled(), event.startsAt(), event.endsAt()), event.content(), base,
                joinLink);
    }

    private static List<VEvent> components(EventRow row, EventContent c, String base, String joinLink) {
        List<VEvent> events = new ArrayList<>();
        String page = base + "/tilbudet?id=" + c.offeringId();
        List<Property> master = common(row, c, page, joinLink, c.cancelled());
        if (!c.isSeries()) {
            master.add(new DtStart<>(OSLO, local(c.startsAt())));
            master.add(new DtEnd<>(OSLO, local(c.endsAt())));
        } else {
            EventContent.Recurring r = c.recurring();
            master.add(new DtStart<>(OSLO, r.firstStart()));
            master.add(new DtEnd<>(OSLO, r.firstEnd()));
            master.add(new RRule<>(r.rule()));
            if (!r.excluded().isEmpty()) {
                LocalTime start = r.firstStart().toLocalTime();
                master.add(new ExDate<>(OSLO, r.excluded().stream().map(d -> LOCAL.format(d.atTime(start)))
                        .collect(Collectors.joining(","))));
            }
        }
        events.add(new VEvent(new PropertyList(master)));
        if (c.isSeries()) {
            LocalTime start = c.recurring().firstStart().toLocalTime();
            for (EventContent.Meeting m : c.recurring().meetings()) {
                if (m.moved() || m.cancelled()) {
                    List<Property> override = common(row, c, page, joinLink, c.cancelled() || m.cancelled());
                    override.add(new RecurrenceId<>(OSLO, m.date().atTime(start)));
                    override.add(new DtStart<>(OSLO, local(m.startsAt())));
                    override.add(new DtEnd<>(OSLO, local(m.endsAt())));
                    events.add(new VEvent(new PropertyList(override)));
                }
            }
        }
        return events;
    }

    private static List<Property> common(EventRow row, EventContent c, String page, String joinLink,
                                         boolean cancelled) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(c.uid()));
        p.add(new DtStamp(row.lastModified()));
        p.add(new Created(row.createdAt()));
        p.add(new LastModified(row.lastModified()));
        p.add(new Sequence(row.sequence()));
        p.add(new Summary((cancelled ? "AVLYST: " : "") + c.title() + (c.part() == null ? "" : " – " + c.part())));
        p.add(new Description(description(c, page, joinLink, cancelled)));
        p.add(new Url(URI.create(page)));
        if (c.location() != null) {
            p.add(new Location(c.location()));
        }
        if (!c.categories().isEmpty()) {
            p.add(new Categories(new TextList(c.categories())));
        }
        p.add(new Status(cancelled ? "CANCELLED" : "CONFIRMED"));
        return p;
    }

    private static String description(EventContent c, String page, String joinLink, boolean cancelled) {
        StringBuilder text = new StringBuilder();
        if (cancelled) {
            text.append("Avlyst.").append(c.cancelReason() == null ? "" : " " + c.cancelReason()).append("\n\n");
        }
        if (c.summary() != null) {
            text.append(c.summary()).append("\n\n");
        }
        if (!c.hosts().isEmpty()) {
            text.append(c.hosts().size() == 1 ? "Arrangør: " : "Arrangører: ")
                    .append(String.join(", ", c.hosts())).append('\n');
        }
        if (joinLink != null) {
            text.append("Lenke for å delta: ").append(joinLink).append('\n');
        }
        return text.append("Les mer og meld deg på: ").append(page).toString();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Series.ZONE);
    }
}
