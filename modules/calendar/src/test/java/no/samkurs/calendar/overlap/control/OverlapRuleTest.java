package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static no.samkurs.calendar.overlap.control.Candidates.REGION;
import static no.samkurs.calendar.overlap.control.Candidates.offering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlap rule on known pairs: each condition on its own, both ways. */
class OverlapRuleTest {

    static Optional<Overlap> between(Candidates a, Candidates b) {
        return OverlapRule.between(a.build(), b.build(), REGION, 14);
    }

    static Optional<Overlap> between(Candidates a, Candidates b, int window) {
        return OverlapRule.between(a.build(), b.build(), REGION, window);
    }

    @Test
    void differentProvidersWithASharedTopicGroupAndCountyCloseInTimeOverlap() {
        Overlap overlap = between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-08").about(Topic.TRAUMA, Topic.SUBSTANCE_USE)
                        .forGroups(TargetGroup.SCHOOL, TargetGroup.NAV).in("55", "56")).orElseThrow();
        assertEquals("a", overlap.first().id());
        assertEquals(Set.of(Reason.CLOSE_IN_TIME), overlap.reasons());
        assertEquals(Set.of(Topic.TRAUMA), overlap.topics());
        assertEquals(Set.of(TargetGroup.SCHOOL), overlap.targetGroups());
        assertEquals(Set.of("55"), overlap.counties());
        assertEquals(7, overlap.daysApart());
    }

    @Test
    void withoutASharedTopicThereIsNoOverlap() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-01").about(Topic.SUBSTANCE_USE)));
    }

    @Test
    void withoutASharedTargetGroupThereIsNoOverlap() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-01").forGroups(TargetGroup.KINDERGARTEN)));
    }

    @Test
    void aTopicSharedWithOneAndAGroupWithTheOtherStillMeetInOneBucket() {
        Overlap overlap = between(offering("a", "rvts-nord", "2026-10-01").about(Topic.TRAUMA, Topic.MENTAL_HEALTH)
                        .forGroups(TargetGroup.SCHOOL, TargetGroup.PPT),
                offering("b", "korus-nord", "2026-10-02").about(Topic.MENTAL_HEALTH).forGroups(TargetGroup.PPT))
                .orElseThrow();
        assertEquals(Set.of(Topic.MENTAL_HEALTH), overlap.topics());
        assertEquals(Set.of(TargetGroup.PPT), overlap.targetGroups());
    }

    @Test
    void withoutASharedCountyThereIsNoOverlap() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01").in("55"),
                offering("b", "korus-nord", "2026-10-01").in("56")));
    }

    @Test
    void aCountySharedOutsideTheRegionDoesNotCount() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01").in("18", "55"),
                offering("b", "korus-nord", "2026-10-01").in("18", "56")));
    }

    @Test
    void offeringsOfTheSameProviderDoNotOverlap() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "rvts-nord", "2026-10-01")));
    }

    @Test
    void offeringsWithAHostInCommonDoNotOverlapEvenIfLedByOthers() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01").hostedBy("rvts-nord",
                "korus-nord"), offering("b", "rkbu-nord", "2026-10-01").hostedBy("rkbu-nord", "korus-nord")));
        assertTrue(between(offering("a", "rvts-nord", "2026-10-01").hostedBy("rvts-nord", "korus-nord"),
                offering("b", "rkbu-nord", "2026-10-01")).isPresent(), "but they do with a third provider");
    }

    @Test
    void sessionsExactlyTheWindowApartOverlapAndOneDayMoreDoNot() {
        assertEquals(14, between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-15")).orElseThrow().daysApart());
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-16")));
        assertTrue(between(offering("a", "rvts-nord", "2026-10-01"), offering("b", "korus-nord", "2026-10-16"), 15)
                .isPresent(), "a wider window takes it in");
    }

    @Test
    void aWindowOfNoDaysMeansTheSameDay() {
        assertTrue(between(offering("a", "rvts-nord", "2026-10-01"), offering("b", "korus-nord", "2026-10-01"), 0)
                .isPresent());
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord", "2026-10-01"),
                offering("b", "korus-nord", "2026-10-02"), 0));
    }

    @Test
    void theClosestSessionsCountWhicheverOfferingHasThem() {
        Overlap overlap = between(offering("a", "rvts-nord", "2026-09-01", "2026-11-20", "2027-01-10"),
                offering("b", "korus-nord", "2026-10-01", "2026-11-25")).orElseThrow();
        assertEquals(5, overlap.daysApart());
    }

    @Test
    void theWindowSpansAYearEndAndADaylightSavingChange() {
        assertEquals(2, between(offering("a", "rvts-nord", "2026-12-31"), offering("b", "korus-nord", "2027-01-02"))
                .orElseThrow().daysApart());
        assertEquals(1, between(offering("a", "rvts-nord", "2026-10-24"), offering("b", "korus-nord", "2026-10-25"))
                .orElseThrow().daysApart());
    }

    @Test
    void aNationalOfferingIsForEveryCountyOfTheRegion() {
        assertEquals(Set.of("56"), between(offering("a", "rvts-nord", "2026-10-01").nationwide(),
                offering("b", "korus-nord", "2026-10-01").in("56")).orElseThrow().counties());
        assertEquals(REGION, between(offering("a", "rvts-nord", "2026-10-01").nationwide(),
                offering("b", "korus-nord", "2026-10-01").nationwide()).orElseThrow().counties());
    }

    @Test
    void anOfferingWithoutSessionsAheadOverlapsNothing() {
        assertEquals(Optional.empty(), between(offering("a", "rvts-nord").titled("Traumebevisst omsorg"),
                offering("b", "korus-nord", "2026-10-01").titled("Traumebevisst omsorg")));
    }

    @Test
    void nearDuplicateTitlesOverlapWithoutASharedTopicOrCloseSessions() {
        Overlap overlap = between(offering("a", "rvts-nord", "2026-10-01")
                        .titled("Traumebevisst omsorg i barnehagen – grunnkurs"),
                offering("b", "rvts-ost", "2027-03-01").about(Topic.EARLY_INTERVENTION)
                        .titled("Grunnkurs: Traumebevisst omsorg i barnehage")).orElseThrow();
        assertEquals(Set.of(Reason.SIMILAR_TITLES), overlap.reasons());
        assertEquals(Set.of(), overlap.topics());
        assertTrue(overlap.titleSimilarity() >= Titles.SIMILAR, String.valueOf(overlap.titleSimilarity()));
    }

    @Test
    void nearDuplicateTitlesStillNeedDifferentProvidersAndASharedCounty() {
        Candidates a = offering("a", "rvts-nord", "2026-10-01").titled("Traumebevisst omsorg i barnehagen");
        Candidates b = offering("b", "rvts-ost", "2027-03-01").titled("Traumebevisst omsorg i barnehagen");
        assertEquals(Optional.empty(), between(a, b.hostedBy("rvts-nord")));
        assertEquals(Optional.empty(), between(a, b.in("56")));
    }

    @Test
    void bothReasonsAreGivenWhenBothHold() {
        assertEquals(Set.of(Reason.CLOSE_IN_TIME, Reason.SIMILAR_TITLES), between(
                offering("a", "rvts-nord", "2026-10-01").titled("Traumebevisst omsorg i barnehagen"),
                offering("b", "korus-nord", "2026-10-03").titled("Traumebevisst omsorg i barnehagen")).orElseThrow()
                .reasons());
    }

    @Test
    void eachPairIsReportedOnceInIdOrderWhateverItShares() {
        Candidates a = offering("b-later", "rvts-nord", "2026-10-01", "2026-10-02")
                .about(Topic.TRAUMA, Topic.MENTAL_HEALTH).forGroups(TargetGroup.SCHOOL, TargetGroup.PPT)
                .titled("Psykisk helse i skolen");
        Candidates b = offering("a-first", "korus-nord", "2026-10-01", "2026-10-03")
                .about(Topic.TRAUMA, Topic.MENTAL_HEALTH).forGroups(TargetGroup.SCHOOL, TargetGroup.PPT)
                .titled("Psykisk helse i skolen");
        List<Overlap> found = OverlapRule.find(List.of(a.build(), b.build()), REGION, 14);
        assertEquals(1, found.size());
        assertEquals("a-first", found.get(0).first().id());
        assertEquals("b-later", found.get(0).second().id());
        assertEquals(0, found.get(0).daysApart());
    }

    @Test
    void findLeavesOutOfferingsForOtherRegionsAndListsTheSoonestFirst() {
        List<Overlap> found = OverlapRule.find(List.of(
                offering("late-1", "rvts-nord", "2026-12-01").build(),
                offering("late-2", "korus-nord", "2026-12-05").build(),
                offering("soon-1", "rvts-nord", "2026-10-01").forGroups(TargetGroup.NAV).build(),
                offering("soon-2", "korus-nord", "2026-10-02").forGroups(TargetGroup.NAV).build(),
                offering("nordland", "rkbu-nord", "2026-10-01").forGroups(TargetGroup.NAV).in("18").build()),
                REGION, 14);
        assertEquals(List.of("soon-1 soon-2", "late-1 late-2"),
                found.stream().map(o -> o.first().id() + " " + o.second().id()).toList());
    }
}
