package no.samkurs.directory.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A point on the earth in WGS84 degrees. */
@Embeddable
public class GeoPoint {

    /** Mean earth radius (IUGG), in km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    @Column(name = "lat")
    private double lat;

    @Column(name = "lon")
    private double lon;

    protected GeoPoint() {
    }

    public GeoPoint(double lat, double lon) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Not a WGS84 coordinate: " + lat + ", " + lon);
        }
        this.lat = lat;
        this.lon = lon;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    /** Great-circle distance (haversine), in km: "how far away", not the road distance. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoPoint p && p.lat == lat && p.lon == lon;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lat) * 31 + Double.hashCode(lon);
    }

    @Override
    public String toString() {
        return lat + "," + lon;
    }
}
