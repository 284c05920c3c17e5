package no.samkurs.directory.region.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A county (fylke), with the id of the statsforvalter office it belongs to. The office itself is an organisation:
 * organisations know the counties they cover, counties do not know organisations.
 */
@Entity
@Table(name = "county")
@NamedQuery(name = County.ALL, query = "SELECT c FROM County c ORDER BY c.number")
public class County {

    public static final String ALL = "County.all";

    @Id
    private String number;

    private String name;

    @Column(name = "official_name")
    private String officialName;

    @Column(name = "other_official_names")
    private String otherOfficialNames;

    @Column(name = "statsforvalter_id")
    private String statsforvalterId;

    @Column(name = "health_region")
    private String healthRegion;

    private int population;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lat", column = @Column(name = "centroid_lat")),
            @AttributeOverride(name = "lon", column = @Column(name = "centroid_lon"))})
    private GeoPoint centroid;

    @Version
    private long version;

    protected County() {
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String officialName() {
        return officialName;
    }

    public String otherOfficialNames() {
        return otherOfficialNames;
    }

    public String statsforvalterId() {
        return statsforvalterId;
    }

    public String healthRegion() {
        return healthRegion;
    }

    public int population() {
        return population;
    }

    public GeoPoint centroid() {
        return centroid;
    }
}
