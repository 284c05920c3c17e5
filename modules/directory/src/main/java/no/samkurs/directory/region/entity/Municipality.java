package no.samkurs.directory.region.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A municipality (kommune). Its location is the administrative centre, where its staff mostly work; distances to
 * providers are measured from there.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String number;

    private String name;

    @Column(name = "official_name")
    private String officialName;

    @Column(name = "other_official_names")
    private String otherOfficialNames;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_number")
    private County county;

    private int population;

    @Column(name = "population_date")
    private LocalDate populationDate;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    @Column(name = "language_form")
    private String languageForm;

    @Column(name = "admin_centre")
    private String adminCentre;

    @Embedded
    private GeoPoint location;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lat", column = @Column(name = "centroid_lat")),
            @AttributeOverride(name = "lon", column = @Column(name = "centroid_lon"))})
    private GeoPoint centroid;

    private String website;

    @Version
    private long version;

    protected Municipality() {
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

    public County county() {
        return county;
    }

    public int population() {
        return population;
    }

    public LocalDate populationDate() {
        return populationDate;
    }

    public BigDecimal areaKm2() {
        return areaKm2;
    }

    public String languageForm() {
        return languageForm;
    }

    public String adminCentre() {
        return adminCentre;
    }

    /** The administrative centre. */
    public GeoPoint location() {
        return location;
    }

    public GeoPoint centroid() {
        return centroid;
    }

    public String website() {
        return website;
    }
}
