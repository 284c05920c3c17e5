package no.samkurs.directory.region;

import no.samkurs.directory.region.entity.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeoPointTest {

    static final GeoPoint OSLO = new GeoPoint(59.91273, 10.74609);
    static final GeoPoint BERGEN = new GeoPoint(60.39299, 5.32415);
    static final GeoPoint TRONDHEIM = new GeoPoint(63.43049, 10.39506);

    @Test
    void knownDistancesAsTheCrowFlies() {
        // Published great-circle distances between the city centres: Oslo–Bergen 305 km, Oslo–Trondheim 392 km.
        assertEquals(305, OSLO.distanceKm(BERGEN), 2);
        assertEquals(392, OSLO.distanceKm(TRONDHEIM), 2);
        // One degree of latitude along a meridian is 111.2 km on the mean-radius sphere.
        assertEquals(111.195, new GeoPoint(60, 10).distanceKm(new GeoPoint(61, 10)), 0.01);
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertEquals(OSLO.distanceKm(BERGEN), BERGEN.distanceKm(OSLO), 1e-9);
        assertEquals(0, OSLO.distanceKm(new GeoPoint(59.91273, 10.74609)), 1e-9);
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 10));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(60, 181));
    }
}
