package no.samkurs.web.coordinator;

import no.samkurs.calendar.overlap.control.Candidate;
import no.samkurs.calendar.overlap.control.Overlap;
import no.samkurs.calendar.overlap.control.OverlapRule;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Why two offerings overlap, as the coordinator reads it: what they share, how far apart, and similar titles. */
class ReasonsTest {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final Map<String, String> COUNTIES = Map.of("55", "Troms", "56", "Finnmark");

    static Candidate candidate(String id, String title, String host, LocalDate day) {
        return new Candidate(id, title, Set.of(host), Set.of(Topic.TRAUMA, Topic.MENTAL_HEALTH),
                Set.of(TargetGroup.SCHOOL), false, Set.of("55", "56"), new TreeSet<>(Set.of(day)));
    }

    @Test
    void closeInTimeOnASharedTopicAndTargetGroup() {
        Overlap overlap = OverlapRule.between(
                candidate("a", "Traumebevisst praksis i skolen", "rvts-nord", LocalDate.of(2026, 10, 6)),
                candidate("b", "Psykisk helse i klasserommet", "rkbu-nord", LocalDate.of(2026, 10, 10)),
                Set.of("55", "56"), 14).orElseThrow();
        assertEquals("Samme tema og målgruppe, 4 dager mellom",
                Reasons.summary(overlap, CoordinatorTexts.in(NB), NB));
        assertEquals(List.of("Samme tema: Psykisk helse, Traumer", "Samme målgruppe: Skole",
                        "Begge gjelder: Finnmark, Troms", "Øktene ligger 4 dager fra hverandre"),
                Reasons.of(overlap, CoordinatorTexts.in(NB), NB, COUNTIES::get));
    }

    @Test
    void similarTitlesSaySoWithHowAlike() {
        Overlap overlap = OverlapRule.between(
                candidate("a", "Traumebevisst praksis i skolen", "rvts-nord", LocalDate.of(2026, 10, 6)),
                candidate("b", "Traumebevisst praksis i skolen – kurs", "rkbu-nord", LocalDate.of(2027, 3, 2)),
                Set.of("55", "56"), 14).orElseThrow();
        assertEquals("Titler som ligner på hverandre", Reasons.summary(overlap, CoordinatorTexts.in(NB), NB));
        List<String> reasons = Reasons.of(overlap, CoordinatorTexts.in(NB), NB, COUNTIES::get);
        assertEquals("Titlene ligner på hverandre (100 % like)", reasons.get(reasons.size() - 1));
    }
}
