package no.samkurs.web.calendar;

import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.CalendarQuery.Scope;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarAddressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    static CalendarAddress address(String... pairs) {
        Map<String, String[]> sent = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] before = sent.getOrDefault(pairs[i], new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = pairs[i + 1];
            sent.put(pairs[i], after);
        }
        return CalendarAddress.of(sent, TODAY);
    }

    @Test
    void nothingSentIsThisMonthForTheWholeCountry() {
        CalendarAddress address = address();
        CalendarQuery query = address.calendarQuery();
        assertEquals(Scope.ALL, query.scope());
        assertEquals(LocalDate.of(2026, 11, 30), query.from());
        assertEquals(LocalDate.of(2027, 1, 4), query.to());
        assertEquals(Set.of(), query.topics());
        assertEquals("?visning=maaned&dato=2026-12-09", address.query());
        assertEquals(Set.of(), address.errors());
        assertEquals("alle", address.choice());
    }

    @Test
    void theCatalogsFiltersRepeatedOrCommaSeparated() {
        CalendarAddress address = address("visning", "uke", "dato", "2027-01-13", "fylke", "46", "tema", "trauma",
                "tema", "child-welfare,mental-health", "malgruppe", "school", "type", "webinar");
        CalendarQuery query = address.calendarQuery();
        assertEquals(Scope.COUNTY, query.scope());
        assertEquals("46", query.scopeId());
        assertEquals(LocalDate.of(2027, 1, 11), query.from());
        assertEquals(LocalDate.of(2027, 1, 18), query.to());
        assertEquals(Set.of(Topic.TRAUMA, Topic.CHILD_WELFARE, Topic.MENTAL_HEALTH), query.topics());
        assertEquals(Set.of(TargetGroup.SCHOOL), query.targetGroups());
        assertEquals(Set.of(Kind.WEBINAR), query.kinds());
        assertEquals("?visning=uke&dato=2027-01-13&fylke=46&tema=trauma&tema=mental-health&tema=child-welfare"
                + "&malgruppe=school&type=webinar", address.query());
        assertEquals("/calendar/county/46.ics?topic=child-welfare,mental-health,trauma&targetGroup=school"
                + "&kind=webinar", address.feed(), "as the calendar's API writes it");
    }

    @Test
    void theFormsScopeMenuIsTidiedIntoTheUsualParameter() {
        CalendarAddress address = address("kalender", "region:sf-vestland", "visning", "liste");
        assertTrue(address.tidied());
        assertEquals(Scope.REGION, address.scope());
        assertEquals("?visning=liste&dato=2026-12-09&region=sf-vestland", address.query());
        assertEquals("/calendar/region/sf-vestland.ics", address.feed());
        assertEquals(Scope.ALL, address("kalender", "alle", "fylke", "46").scope(), "the menu wins: it was just chosen");
        assertFalse(address("tilbyder", "rvts-vest").tidied());
        assertEquals("/calendar/provider/rvts-vest.ics", address("tilbyder", "rvts-vest").feed());
    }

    @Test
    void oneScopeWhenAnAddressNamesSeveral() {
        CalendarAddress address = address("tilbyder", "rvts-vest", "fylke", "11");
        assertEquals(Scope.COUNTY, address.scope());
        assertEquals("?visning=maaned&dato=2026-12-09&fylke=11", address.query());
    }

    @Test
    void whatCannotBeUsedIsLeftOutAndNamed() {
        CalendarAddress address = address("visning", "aar", "dato", "9. desember", "tema", "trauma,astrologi",
                "type", "seminar", "kalender", "fylke:");
        assertEquals(Set.of("visning", "dato", "tema", "type", "kalender"), address.errors());
        assertEquals(View.MONTH, address.view());
        assertEquals(TODAY, address.date());
        assertEquals(Set.of(Topic.TRAUMA), address.calendarQuery().topics());
        assertEquals(Set.of(), address.calendarQuery().kinds());
        assertEquals(Scope.ALL, address.scope());
    }

    @Test
    void theAddressesOfOtherPeriodsKeepTheScopeAndFilters() {
        CalendarAddress address = address("fylke", "03", "type", "course");
        assertEquals("?visning=liste&dato=2026-12-09&fylke=03&type=course", address.query(View.LIST, TODAY));
        assertEquals("?visning=maaned&dato=2026-12-09&fylke=03", address.unfiltered().query());
        assertEquals(1, address.filterCount());
    }

    @Test
    void theWholeCountryHasNoFeed() {
        assertThrows(IllegalStateException.class, () -> address().feed());
    }

    @Test
    void anIdIsEncodedInAddresses() {
        CalendarAddress address = address("tilbyder", "a b&c");
        assertEquals("?visning=maaned&dato=2026-12-09&tilbyder=a+b%26c", address.query());
    }
}
