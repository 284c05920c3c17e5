package no.samkurs.notification.message.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.samkurs.calendar.feed.control.Folding;
import no.samkurs.calendar.feed.control.OsloTimeZone;
import no.samkurs.calendar.feed.control.VEvents;
import no.samkurs.calendar.feed.entity.CalendarEvent;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar part of a message (iTIP over iMIP): the calendar's own VEVENTs for the offering, with the scheduling
 * properties set (see the package description). Text, folded at 75 octets, lines ended by CRLF.
 */
final class Invitation {

    static final String PRODID = "-//Samkurs//Invitasjoner//NO";

    private Invitation() {
    }

    /** The iCalendar text; the letter must have a method ({@link Letter#method()}). */
    static String text(Letter letter, Texts texts) {
        String method = letter.method().orElseThrow();
        boolean request = "REQUEST".equals(method);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale("GREGORIAN"));
        calendar.add(new Method(method));
        calendar.add(OsloTimeZone.component());
        for (CalendarEvent event : letter.invited()) {
            String link = request ? letter.joinLinks().get(event.uid()) : null;
            for (VEvent vevent : VEvents.of(event, letter.site(), link)) {
                vevent.replace(new DtStamp(letter.recorded()));
                vevent.replace(new Sequence(letter.sequence()));
                vevent.replace(new Description(description(letter, texts, link)));
                if (!request) {
                    vevent.replace(new Status("CANCELLED"));
                }
                vevent.add(organizer(letter));
                vevent.add(attendee(letter, request));
                calendar.add(vevent);
            }
        }
        return Folding.fold(calendar.toString());
    }

    private static String description(Letter letter, Texts texts, String link) {
        List<String> lines = new ArrayList<>();
        if (letter.offering().summary() != null && !letter.offering().summary().isBlank()) {
            lines.add(letter.offering().summary().strip());
            lines.add("");
        }
        lines.add(texts.get("organiser") + ": " + letter.offering().lead());
        if (link != null) {
            lines.add(texts.get("join") + ": " + link);
        }
        lines.add(texts.get("more") + ": " + letter.page());
        return String.join("\n", lines);
    }

    private static Organizer organizer(Letter letter) {
        return new Organizer(new ParameterList(List.of(new Cn(parameter(letter.offering().lead())))),
                mailto(letter.from().address()));
    }

    private static Attendee attendee(Letter letter, boolean request) {
        List<net.fortuna.ical4j.model.Parameter> parameters = new ArrayList<>(List.of(
                new Cn(parameter(letter.to().name())), CuType.INDIVIDUAL, Role.REQ_PARTICIPANT));
        if (request) {
            parameters.add(PartStat.ACCEPTED);
        }
        parameters.add(Rsvp.FALSE);
        return new Attendee(new ParameterList(parameters), mailto(letter.to().address()));
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address);
    }

    /** A parameter value (CN) cannot hold a double quote or a control character (RFC 5545 3.1). */
    private static String parameter(String value) {
        return HeaderText.clean(value).replace('"', '\'');
    }
}
