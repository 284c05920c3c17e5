package no.samkurs.enrollment.roster.control;

import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.TargetGroup;

import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The participant list as a spreadsheet for organisers, in bokmål: one row per participant, times in Norwegian
 * time, one attendance column per session (Ja, Nei, or empty when not recorded).
 */
public final class ParticipantsCsv {

    static final List<String> COLUMNS = List.of("Navn", "E-post", "Kommune", "Tjeneste", "Status",
            "Plass på venteliste", "Påmeldt", "Bekreftet", "Avmeldt");
    private static final DateTimeFormatter OSLO = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(Session.ZONE);
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private ParticipantsCsv() {
    }

    /** The file; {@code sessionStarts} in the order of each participant's attendance marks. */
    public static byte[] write(List<Instant> sessionStarts, List<Participant> participants) {
        List<String> header = new ArrayList<>(COLUMNS);
        sessionStarts.forEach(start -> header.add("Oppmøte " + OSLO.format(start)));
        return ExcelCsv.write(header, participants.stream().map(ParticipantsCsv::row).toList());
    }

    private static List<String> row(Participant p) {
        List<String> cells = new ArrayList<>(List.of(nonNull(p.name()), nonNull(p.email()), municipality(p),
                service(p.service()), status(p.status()), p.position() == null ? "" : p.position().toString(),
                time(p.arrivedAt()), time(p.confirmedAt()), time(p.cancelledAt())));
        p.attendance().forEach(m -> cells.add(m.attended() == null ? "" : m.attended() ? "Ja" : "Nei"));
        return cells;
    }

    /** {@code deltakere-<title in a-z, 0-9 and dashes>.csv}, safe in any header and file system. */
    public static String filename(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title.toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "o").replace("å", "a"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "deltakere" + (slug.isEmpty() ? "" : "-" + slug) + ".csv";
    }

    private static String municipality(Participant p) {
        if (p.municipalityNumber() == null) {
            return "";
        }
        return p.municipalityName() == null ? p.municipalityNumber()
                : p.municipalityNumber() + " " + p.municipalityName();
    }

    private static String service(String code) {
        if (code == null) {
            return "";
        }
        return Arrays.stream(TargetGroup.values()).filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.label(BOKMAL)).orElse(code);
    }

    private static String status(String code) {
        return switch (code) {
            case "confirmed" -> "Bekreftet";
            case "waitlisted" -> "Venteliste";
            case "cancelled" -> "Avmeldt";
            default -> code;
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "" : OSLO.format(instant);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
