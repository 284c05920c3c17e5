package no.samkurs.notification.message.control;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;
import no.samkurs.calendar.feed.control.Contents;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.outbox.entity.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static no.samkurs.notification.message.control.Parts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages composed without a database: MIME structure, the calendar part read back, languages, hostile input. */
class ComposerTest {

    static final Instant NOW = Fixtures.NOW;
    static final Session SESSION = Session.getInstance(new Properties());
    static final Organisation LEAD = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord", null);
    static final Letter.Party FROM = new Letter.Party("kurs@samkurs.no", "Samkurs");
    static final Letter.Party TO = new Letter.Party("kari.nordmann@example.no", "Kari Nordmann");
    static final String SITE = "https://samkurs.no";

    static Offering offering(String title, List<SessionDetails> sessions) {
        return new Offering(LEAD, Fixtures.details(title, 10, sessions), NOW);
    }

    static List<CalendarEvent> events(Offering offering, int sequence) {
        return new Contents(number -> number).of(offering, List.of()).stream()
                .map(content -> new CalendarEvent(content, sequence, NOW)).toList();
    }

    static Letter letter(Kind kind, Offering offering, int sequence, String language, Integer position) {
        List<CalendarEvent> events = events(offering, 1);
        Map<String, String> links = kind.invites() ? Map.of(events.get(0).uid(), Fixtures.JOIN_LINK) : Map.of();
        return new Letter(kind, "<n-1@samkurs.no>", sequence, NOW, Texts.language(language), FROM, TO, SITE,
                new Letter.About(offering.id(), offering.title(), offering.summary(), LEAD.name(), "Digitalt"),
                events, links, position);
    }

    static Offering webinar() {
        return offering("Traumebevisst praksis", List.of(new SessionDetails(null, Fixtures.START,
                Fixtures.START.plusSeconds(5400), null, Fixtures.JOIN_LINK, null)));
    }

    static Parts compose(Letter letter) {
        try {
            return Parts.of(Composer.compose(letter, SESSION, NOW));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConfirmationIsPlainHtmlAndAnInvitationAsAlternatives() throws Exception {
        Parts mail = compose(letter(Kind.CONFIRMED, webinar(), 2, "nb", null));
        assertTrue(mail.type().startsWith("multipart/alternative"), mail.type());
        assertEquals(3, mail.types().size());
        assertEquals("text/plain; charset=UTF-8", mail.types().get(0));
        assertEquals("text/html; charset=UTF-8", mail.types().get(1));
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8", mail.types().get(2));
        assertEquals("<n-1@samkurs.no>", mail.header("Message-ID"), "the notice's, not a new one");
        assertEquals("Påmeldt: Traumebevisst praksis", mail.message().getSubject());
        assertEquals(List.of(new InternetAddress("kari.nordmann@example.no", "Kari Nordmann", "UTF-8")),
                List.of(mail.message().getRecipients(Message.RecipientType.TO)));
        assertEquals("Samkurs", ((InternetAddress) mail.message().getFrom()[0]).getPersonal());
        assertEquals("auto-generated", mail.header("Auto-Submitted"));
        assertTrue(mail.plain().contains("Du er påmeldt Traumebevisst praksis"), mail.plain());
        assertTrue(mail.plain().contains("tirsdag 1. desember 2026 kl. 13.00–14.30"), mail.plain());
        assertTrue(mail.plain().contains("Lenke for å delta: " + Fixtures.JOIN_LINK), mail.plain());
        assertTrue(mail.html().contains("<a href=\"" + Fixtures.JOIN_LINK + "\">"), mail.html());
    }

    @Test
    void theInvitationHasTheFeedsUidAndWhatSchedulingNeeds() {
        Offering webinar = webinar();
        Letter letter = letter(Kind.CONFIRMED, webinar, 2, "nb", null);
        Parts mail = compose(letter);
        assertEquals("REQUEST", value(mail.calendar(), Property.METHOD));
        assertEquals(1, mail.calendar().getComponents(Component.VTIMEZONE).size());
        assertEquals("Europe/Oslo", value(mail.calendar().getComponents(Component.VTIMEZONE).get(0),
                Property.TZID));
        VEvent event = mail.events().get(0);
        assertEquals(1, mail.events().size());
        assertEquals(webinar.sessions().get(0).id() + "@samkurs.no", value(event, Property.UID), "the feed's UID");
        assertEquals("2", value(event, Property.SEQUENCE));
        assertEquals("20261102T090000Z", value(event, Property.DTSTAMP), "when the notice was recorded");
        assertEquals("20261201T130000", value(event, Property.DTSTART));
        assertEquals("Europe/Oslo", event.getProperty(Property.DTSTART).orElseThrow()
                .getParameter(Parameter.TZID).orElseThrow().getValue());
        Organizer organizer = event.getProperty(Property.ORGANIZER).map(Organizer.class::cast).orElseThrow();
        assertEquals("mailto:kurs@samkurs.no", organizer.getValue());
        assertEquals("RVTS Nord", organizer.getParameter(Parameter.CN).orElseThrow().getValue());
        Attendee attendee = event.getProperty(Property.ATTENDEE).map(Attendee.class::cast).orElseThrow();
        assertEquals("mailto:kari.nordmann@example.no", attendee.getValue());
        assertEquals("Kari Nordmann", attendee.getParameter(Parameter.CN).orElseThrow().getValue());
        assertEquals("REQ-PARTICIPANT", attendee.getParameter(Parameter.ROLE).orElseThrow().getValue());
        assertEquals("ACCEPTED", attendee.getParameter(Parameter.PARTSTAT).orElseThrow().getValue());
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertTrue(value(event, Property.DESCRIPTION).contains("Lenke for å delta: " + Fixtures.JOIN_LINK));
        assertTrue(mail.calendarText().lines().allMatch(line -> line.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length <= 75), "folded at 75 octets");
    }

    @Test
    void aCancelTakesTheSameUidOutWithAHigherSequence() {
        Offering webinar = webinar();
        VEvent invited = compose(letter(Kind.CONFIRMED, webinar, 2, "nb", null)).events().get(0);
        Parts mail = compose(letter(Kind.CANCELLED, webinar, 3, "nb", null));
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", mail.types().get(2));
        assertEquals("CANCEL", value(mail.calendar(), Property.METHOD));
        VEvent cancelled = mail.events().get(0);
        assertEquals(value(invited, Property.UID), value(cancelled, Property.UID));
        assertTrue(Integer.parseInt(value(cancelled, Property.SEQUENCE))
                > Integer.parseInt(value(invited, Property.SEQUENCE)));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertEquals("mailto:kari.nordmann@example.no", value(cancelled, Property.ATTENDEE));
        assertFalse(mail.calendarText().contains(Fixtures.JOIN_LINK), "no join link for the cancelled");
        assertFalse(mail.plain().contains(Fixtures.JOIN_LINK));
        assertEquals("Avmeldt: Traumebevisst praksis", subject(mail));
    }

    @Test
    void theWaitlistedGetTheirPlaceInLineAndNoInvitation() {
        Parts mail = compose(letter(Kind.WAITLISTED, webinar(), 2, "nb", 4));
        assertFalse(mail.hasCalendar());
        assertEquals(List.of("text/plain; charset=UTF-8", "text/html; charset=UTF-8"), mail.types());
        assertTrue(mail.plain().contains("på ventelisten som nummer 4."), mail.plain());
        assertFalse(mail.plain().contains(Fixtures.JOIN_LINK), "no join link in line");
        assertEquals("På venteliste: Traumebevisst praksis", subject(mail));
    }

    @Test
    void someoneWhoLeavesTheLineGetsAShortNoticeWithoutCalendar() {
        Parts mail = compose(letter(Kind.LEFT_WAITLIST, webinar(), 3, "nb", null));
        assertFalse(mail.hasCalendar());
        assertTrue(mail.plain().contains("Du står ikke lenger på ventelisten til Traumebevisst praksis."));
    }

    @Test
    void aPromotionIsAConfirmationThatSaysSo() {
        Parts mail = compose(letter(Kind.PROMOTED, webinar(), 3, "nb", null));
        assertEquals("REQUEST", value(mail.calendar(), Property.METHOD));
        assertEquals("Du har fått plass: Traumebevisst praksis", subject(mail));
    }

    @Test
    void eachPersonReadsInTheirLanguageAndBokmalWhenNoneIsChosen() {
        Offering webinar = webinar();
        Parts nynorsk = compose(letter(Kind.CONFIRMED, webinar, 2, "nn", null));
        assertEquals("Påmeld: Traumebevisst praksis", subject(nynorsk));
        assertTrue(nynorsk.plain().contains("tysdag 1. desember 2026 kl. 13.00–14.30"), nynorsk.plain());
        assertTrue(nynorsk.plain().contains("Lenkje for å delta"));
        assertEquals("nn", nynorsk.header("Content-Language"));
        Parts english = compose(letter(Kind.CONFIRMED, webinar, 2, "en", null));
        assertEquals("Enrolled: Traumebevisst praksis", subject(english));
        assertTrue(english.plain().contains("Tuesday 1 December 2026, 13:00–14:30"), english.plain());
        assertTrue(value(english.events().get(0), Property.DESCRIPTION).contains("Link to join"));
        assertTrue(english.html().contains("<html lang=\"en\">"), english.html());
        for (String none : new String[] {null, "de"}) {
            Parts bokmal = compose(letter(Kind.CONFIRMED, webinar, 2, none, null));
            assertEquals("Påmeldt: Traumebevisst praksis", subject(bokmal));
            assertEquals("nb", bokmal.header("Content-Language"));
        }
        assertEquals(Locale.forLanguageTag("nb"), Texts.language(null));
    }

    @Test
    void aHostileTitleOrNameAddsNeitherMarkupNorHeaders() throws Exception {
        Offering hostile = offering("<script>alert(1)</script> Kurs\r\nBcc: evil@example.com\r\nX-Evil: 1",
                webinar().sessions().stream().map(s -> new SessionDetails(null, s.startsAt(), s.endsAt(), null,
                        Fixtures.JOIN_LINK, null)).toList());
        Letter base = letter(Kind.CONFIRMED, hostile, 2, "nb", null);
        Letter letter = new Letter(base.kind(), base.messageId(), base.sequence(), base.recorded(),
                base.language(), base.from(), new Letter.Party("kari@example.no", "Kari \"K\"\r\nX-Name: 1"),
                base.site(), base.offering(), base.events(), base.joinLinks(), null);
        Parts mail = compose(letter);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String headers = mail.raw().substring(0, mail.raw().indexOf("\r\n\r\n"));
        assertFalse(headers.lines().anyMatch(l -> l.startsWith("Bcc:") || l.startsWith("X-Evil:")
                || l.startsWith("X-Name:")), headers);
        assertNull(mail.message().getRecipients(Message.RecipientType.BCC));
        assertEquals(1, mail.message().getAllRecipients().length);
        assertEquals("Påmeldt: <script>alert(1)</script> Kurs Bcc: evil@example.com X-Evil: 1",
                mail.message().getSubject(), "one line, still readable");
        Attendee attendee = mail.events().get(0).getProperty(Property.ATTENDEE).map(Attendee.class::cast)
                .orElseThrow();
        assertEquals("Kari 'K' X-Name: 1", attendee.getParameter(Parameter.CN).orElseThrow().getValue());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        Letter base = letter(Kind.CONFIRMED, webinar(), 2, "nb", null);
        Letter letter = new Letter(base.kind(), base.messageId(), base.sequence(), base.recorded(),
                base.language(), base.from(), base.to(), base.site(), base.offering(), base.events(),
                Map.of(base.events().get(0).uid(), "javascript:alert(1)"), null);
        String html = compose(letter).html();
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("javascript:alert(1)"), "shown as text");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedWhenComposed() {
        Letter base = letter(Kind.CONFIRMED, webinar(), 2, "nb", null);
        Letter letter = new Letter(base.kind(), base.messageId(), base.sequence(), base.recorded(),
                base.language(), base.from(), new Letter.Party("ikke en adresse", "Ola"), base.site(),
                base.offering(), base.events(), base.joinLinks(), null);
        assertThrows(AddressException.class, () -> Composer.compose(letter, SESSION, NOW));
    }

    @Test
    void aSeriesIsOneEventWithItsRuleAndTheFeedsUid() {
        Offering network = offering("Læringsnettverk", List.of());
        Series series = new Series(network, new SeriesDetails("Samling", LocalDate.parse("2026-09-08"),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215",
                Set.of(LocalDate.parse("2026-10-06")), "Tromsø", null), Fixtures.EDITOR, NOW);
        List<CalendarEvent> events = new Contents(n -> n).of(network, List.of(series)).stream()
                .map(c -> new CalendarEvent(c, 3, NOW)).toList();
        Letter letter = new Letter(Kind.CONFIRMED, "<n-2@samkurs.no>", 4, NOW, Texts.language("nb"), FROM, TO, SITE,
                new Letter.About(network.id(), network.title(), null, LEAD.name(), "Tromsø"), events, Map.of(),
                null);
        Parts mail = compose(letter);
        VEvent event = mail.events().get(0);
        assertEquals("series-" + series.id() + "@samkurs.no", value(event, Property.UID));
        String rule = value(event, Property.RRULE);
        for (String part : List.of("FREQ=WEEKLY", "INTERVAL=2", "BYDAY=TU", "UNTIL=20261215T120000Z")) {
            assertTrue(rule.contains(part), rule);
        }
        assertEquals("4", value(event, Property.SEQUENCE));
        assertTrue(mail.plain().contains("tirsdag 8. september 2026 kl. 13.00–15.00"), mail.plain());
        assertFalse(mail.plain().contains("6. oktober"), "the skipped date is not listed");
    }

    private static String subject(Parts mail) {
        try {
            return mail.message().getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aReminderTellsOfItsOneSessionWithTheJoinLinkAndNoCalendarPart() throws Exception {
        Offering two = offering("To økter", List.of(new SessionDetails(null, Fixtures.START,
                Fixtures.START.plusSeconds(5400), null, Fixtures.JOIN_LINK, null), new SessionDetails(null,
                Fixtures.START.plusSeconds(7 * 86400), Fixtures.START.plusSeconds(7 * 86400 + 5400), null, null,
                null)));
        Letter letter = new Letter(Kind.REMINDER, "<n-2@samkurs.no>", 3, NOW, Texts.language("nn"), FROM, TO, SITE,
                new Letter.About(two.id(), two.title(), two.summary(), LEAD.name(), "Digitalt"), events(two, 1),
                Map.of(), null, new Letter.Meeting(Fixtures.START, Fixtures.START.plusSeconds(5400),
                Fixtures.JOIN_LINK));
        Parts mail = compose(letter);
        assertEquals(2, mail.types().size(), "plain and HTML only");
        assertEquals("Påminning: To økter", mail.message().getSubject());
        assertTrue(mail.plain().contains("Tid: tysdag 1. desember 2026 kl. 13.00–14.30"), mail.plain());
        assertFalse(mail.plain().contains("8. desember"), "the one session, not the other: " + mail.plain());
        assertTrue(mail.plain().contains("Lenkje for å delta: " + Fixtures.JOIN_LINK), mail.plain());
        assertTrue(mail.plain().contains("Slå av påminningar på Mi side: https://samkurs.no/min-side"), mail.plain());
    }

    @Test
    void aDigestHasNoOfferingAndEscapesTheTitlesItLists() throws Exception {
        Letter letter = new Letter(Kind.OVERLAP_DIGEST, "<n-3@samkurs.no>", 1, NOW, Texts.language("en"), FROM, TO,
                SITE, null, List.of(), Map.of(), null, new Letter.Digest("Statsforvalteren i Troms og Finnmark",
                SITE + "/koordinator/overlapp", List.of(new Letter.Pair("<b>Søvn</b>", "RVTS Nord", "Skjerm & skole",
                "KoRUS Nord"))));
        Parts mail = compose(letter);
        assertEquals(2, mail.types().size());
        assertEquals("New overlaps in Statsforvalteren i Troms og Finnmark", mail.message().getSubject());
        assertTrue(mail.plain().contains("Overlap: <b>Søvn</b> (RVTS Nord) and Skjerm & skole (KoRUS Nord)"),
                mail.plain());
        assertTrue(mail.html().contains("&lt;b&gt;Søvn&lt;/b&gt; (RVTS Nord) and Skjerm &amp; skole"), mail.html());
        assertTrue(mail.plain().contains("See all overlaps: https://samkurs.no/koordinator/overlapp"), mail.plain());
        assertFalse(mail.plain().contains("Organiser"), "no offering, no organiser");
    }
}
