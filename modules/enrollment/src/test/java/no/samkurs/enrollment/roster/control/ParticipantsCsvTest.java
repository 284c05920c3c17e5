package no.samkurs.enrollment.roster.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParticipantsCsvTest {

    static final Instant FIRST = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant SECOND = Instant.parse("2026-12-08T12:00:00Z");

    private static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void theHeaderIsNorwegianWithOneAttendanceColumnPerSessionInOsloTime() {
        List<String> lines = lines(ParticipantsCsv.write(List.of(FIRST, SECOND), List.of()));
        assertEquals(List.of("Navn;E-post;Kommune;Tjeneste;Status;Plass på venteliste;Påmeldt;Bekreftet;Avmeldt;"
                + "Oppmøte 01.12.2026 13:00;Oppmøte 08.12.2026 13:00"), lines);
    }

    @Test
    void aConfirmedParticipantWithAttendance() {
        Participant kari = new Participant("e1", "p1", "Kari Nordmann", "kari@tromso.kommune.no", "5501", "Tromsø",
                "school", "confirmed", null, Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-02T09:00:01Z"), null,
                List.of(new Participant.Mark("s1", FIRST, true), new Participant.Mark("s2", SECOND, null)));
        assertEquals("Kari Nordmann;kari@tromso.kommune.no;5501 Tromsø;Skole;Bekreftet;;02.11.2026 10:00;"
                + "02.11.2026 10:00;;Ja;", lines(ParticipantsCsv.write(List.of(FIRST, SECOND), List.of(kari))).get(1));
    }

    @Test
    void theWaitlistedShowTheirPlaceAndTheCancelledTheirTime() {
        Participant waiting = new Participant("e2", "p2", "Ola", "ola@alta.kommune.no", "5601", "Alta",
                "child-welfare", "waitlisted", 2, Instant.parse("2026-06-15T10:30:00Z"), null, null,
                List.of(new Participant.Mark("s1", FIRST, false)));
        Participant gone = new Participant("e3", "p3", "=cmd|' /C calc'!A0", "x@example.no", null, null, null,
                "cancelled", null, Instant.parse("2026-06-15T10:30:00Z"), null, Instant.parse("2026-06-16T10:30:00Z"),
                List.of(new Participant.Mark("s1", FIRST, null)));
        List<String> lines = lines(ParticipantsCsv.write(List.of(FIRST), List.of(waiting, gone)));
        assertEquals("Ola;ola@alta.kommune.no;5601 Alta;Barneverntjenesten;Venteliste;2;15.06.2026 12:30;;;Nei",
                lines.get(1));
        assertEquals("'=cmd|' /C calc'!A0;x@example.no;;;Avmeldt;;15.06.2026 12:30;;16.06.2026 12:30;",
                lines.get(2));
    }

    @Test
    void theFileNameIsTheTitleInPlainLettersDigitsAndDashes() {
        assertEquals("deltakere-traumebevisst-praksis-i-skolen.csv",
                ParticipantsCsv.filename("Traumebevisst praksis i skolen"));
        assertEquals("deltakere-aere-og-sorg-a-ga-videre-2027.csv",
                ParticipantsCsv.filename("Ære og sorg – å gå videre (2027)"));
        assertEquals("deltakere-cafe-etc-passwd.csv", ParticipantsCsv.filename("Café \"../../etc/passwd\"\r\n"));
        assertEquals("deltakere.csv", ParticipantsCsv.filename("«»"));
        assertEquals(60, ParticipantsCsv.filename("a".repeat(200)).length() - "deltakere-.csv".length());
    }
}
