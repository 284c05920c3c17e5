package no.samkurs.calendar.overlap.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How titles are normalised and compared, and why the threshold is where it is. */
class TitlesTest {

    @Test
    void titlesAreFoldedAndLoseTheirPunctuationStopWordsAndFormatWords() {
        assertEquals(List.of("rus", "vold", "naere", "relasjoner", "sporre", "handle"),
                Titles.words("Webinar: Rus og vold i nære relasjoner – å spørre og å handle!"));
        assertEquals(List.of("traumebevisst", "omsorg", "barnehagen"),
                Titles.words("E-læring: Traumebevisst omsorg i barnehagen – grunnkurs"));
        assertEquals(List.of("kafe", "tromso"), Titles.words("Kafé «PÅ» Tromsø"));
    }

    @Test
    void theSameWordsInAnotherOrderAreTheSameTitle() {
        assertEquals(1.0, Titles.similarity("Traumebevisst omsorg i barnehagen – grunnkurs",
                "Grunnkurs: barnehagen og traumebevisst omsorg"));
    }

    @Test
    void titlesWithNothingButStopWordsAreSimilarToNothing() {
        assertEquals(0.0, Titles.similarity("Kurs", "Webinar"));
    }

    /**
     * The threshold: from the demo season's titles and rewordings of them. Near-duplicates (the same offering in
     * other words, inflections, nynorsk) score 0.55 and up; different offerings on a related subject score below
     * 0.45. At 0.5 the first are all in and the second all out, with a margin each way.
     */
    @Test
    void theTitleThreshold() {
        List<List<String>> nearDuplicates = List.of(
                List.of("Webinar: Rus og vold i nære relasjoner – å spørre og å handle",
                        "E-læring: Vold i nære relasjoner – å se, spørre og handle"),
                List.of("Webinar: Selvskading hos unge – forståelse og første møte",
                        "Selvskading hos ungdom – forstå og møte"),
                List.of("Trygg base i barnehagen – traumebevisst omsorg for de minste",
                        "Webinar: Traumer hos de minste – barnehagen som trygg base"),
                List.of("Webinar: Barnevernsreformen – kommunens ansvar for forebygging",
                        "Webinar: Barnevernsreforma – korleis lukkast med førebygging i kommunen?"),
                List.of("Motiverende intervju – grunnkurs for kommunalt ansatte",
                        "Grunnkurs i motiverende intervju (MI) for ansatte i kommunen"),
                List.of("Traumebevisst omsorg i barnehagen – grunnkurs", "Traumebevisst omsorg i barnehage"),
                List.of("Læringsnettverk for SLT-koordinatorer i Nordland", "Læringsnettverk for SLT-koordinatorer"));
        List<List<String>> different = List.of(
                List.of("Traumebevisst praksis i skolen – kurs for lærere og PPT",
                        "Traumebevisst omsorg i barnehagen – grunnkurs"),
                List.of("Barnevernsreformen – hva betyr den for samarbeidet mellom barnevern og skole?",
                        "Barnevernsreforma i praksis – samarbeid om barn og unge i kommunen"),
                List.of("Læringsnettverk for selvmordsforebygging i Finnmark",
                        "Webinar: Selvmordsforebygging i skolen – hva kan lærere gjøre?"),
                List.of("Foreldresamtaler om rus – kurs for helsestasjon og skolehelsetjeneste",
                        "Webinar: Tilsyn med helsestasjons- og skolehelsetjenesten – hva lærer vi?"),
                List.of("Webinar: Nye rusmidler og trender blant unge", "Webinar: Cannabis og ungdom – hva vet vi?"));
        for (List<String> pair : nearDuplicates) {
            double similarity = Titles.similarity(pair.get(0), pair.get(1));
            assertTrue(similarity >= 0.55 && similarity >= Titles.SIMILAR, similarity + " " + pair);
        }
        for (List<String> pair : different) {
            double similarity = Titles.similarity(pair.get(0), pair.get(1));
            assertTrue(similarity < 0.45 && similarity < Titles.SIMILAR, similarity + " " + pair);
        }
    }
}
