package no.samkurs.web.enrollment;

import no.samkurs.directory.people.entity.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enrollment rules' messages, which the component writes in bokmål, in the reader's language: each known
 * message by the field it is about and its words, with the numbers in it carried over. A message not known here
 * is shown as written, marked as bokmål ({@code RuleWordsTest} keeps this list in step with the rules).
 */
final class RuleWords {

    /** A message recognised: its text key, the values it carried, and the form control it belongs at. */
    record Said(String key, List<String> values, String control) {
    }

    private record Known(String field, Pattern words, String key, String control) {
    }

    private static final List<Known> KNOWN = List.of(
            known("seatsPerMunicipality", "Plasser per kommune må være minst 1.", "rule.perMunicipality",
                    PolicyForm.PER_MUNICIPALITY),
            known("cancelDeadline", "Avmeldingsfristen kan ikke være etter at tilbudet starter.", "rule.deadline",
                    PolicyForm.DEADLINE),
            known("reservedSeats", "Antall holdte plasser kan ikke være negativt.", "rule.reserved.negative",
                    PolicyForm.RESERVED),
            known("reservedSeats", "Sett et antall plasser på tilbudet før du holder av plasser.",
                    "rule.reserved.noCapacity", PolicyForm.RESERVED),
            known("reservedSeats", "Du kan holde av høyst (\\d+) plasser (tilbudets kapasitet).",
                    "rule.reserved.tooMany", PolicyForm.RESERVED),
            known("reservedUntil", "Velg datoen de holdte plassene frigis til ventelisten.", "rule.release.missing",
                    PolicyForm.RELEASE),
            known("reservedUntil", "Frigivelsesdatoen må være fram i tid.", "rule.release.past", PolicyForm.RELEASE),
            known("reservedUntil", "De holdte plassene må frigis før tilbudet starter.", "rule.release.afterStart",
                    PolicyForm.RELEASE),
            known("farKm", "Velg hvem plassene holdes for: kommuner langt unna, kommuner som ikke er nådd i år, "
                    + "eller begge.", "rule.whom", PolicyForm.FAR),
            known("farKm", "Avstanden må være mellom (\\d+) og (\\d+) km.", "rule.farKm", PolicyForm.FAR_KM),
            known("email", Person.EMAIL_NEEDED, "bulk.email.needed", null),
            known("email", Person.EMAIL_TOO_LONG, "bulk.email.tooLong", null),
            known("email", Person.EMAIL_INVALID, "bulk.email.invalid", null),
            known("email", "Samme e-postadresse står allerede på rad (\\d+).", "bulk.email.twice", null),
            known("email", "Fant ingen aktiv bruker med denne e-postadressen i kommunen din.", "bulk.email.notFound",
                    null),
            known("email", "Fant ingen aktiv bruker med denne e-postadressen.", "bulk.email.notFound", null),
            known("email", "Brukeren er ikke knyttet til noen kommune.", "bulk.email.noMunicipality", null),
            known("email", "Bare brukere med rollen deltaker eller kommunekontakt kan meldes på.",
                    "bulk.email.wrongRole", null),
            known("service", "Ukjent verdi «(.*)». Tillatte verdier: .*\\.", "bulk.service", null),
            known("rows", "Send minst én rad med e-postadresse.", "bulk.none", null),
            known("rows", "Høyst (\\d+) rader per opplasting; del den opp.", "bulk.tooMany", null));

    private RuleWords() {
    }

    /** A pattern that takes the words as written, with {@code (\d+)} and {@code (.*)} for what varies. */
    private static Known known(String field, String words, String key, String control) {
        String pattern = Pattern.quote(words).replace("(\\d+)", "\\E(\\d+)\\Q").replace("(.*)", "\\E(.*)\\Q")
                .replace(".*\\.", "\\E.*\\.\\Q");
        return new Known(field, Pattern.compile(pattern), key, control);
    }

    /** What the message says, if it is one of those known for the field. */
    static Optional<Said> of(String field, String message) {
        if (message == null) {
            return Optional.empty();
        }
        for (Known known : KNOWN) {
            Matcher matcher = known.words().matcher(message);
            if (known.field().equals(field) && matcher.matches()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    values.add(matcher.group(i));
                }
                return Optional.of(new Said(known.key(), List.copyOf(values), known.control()));
            }
        }
        return Optional.empty();
    }

    /** The message in the reader's language, or as written (in bokmål) when it is not known here. */
    static String text(String field, String message, Texts texts) {
        return of(field, message).map(said -> texts.get(said.key(), values(said, texts))).orElse(message);
    }

    /** The values carried over; an unknown service is answered with the services' names in the language. */
    private static Object[] values(Said said, Texts texts) {
        List<Object> values = new ArrayList<>(said.values());
        if (said.key().equals("bulk.service")) {
            values.add(Services.names(texts.language()));
        }
        return values.toArray();
    }

    /** Whether the message could be said in the reader's language (else it is shown in bokmål). */
    static boolean known(String field, String message) {
        return of(field, message).isPresent();
    }
}
