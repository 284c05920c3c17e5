package no.samkurs.directory.organisation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.GeoPoint;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A provider organisation and the counties it covers. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private String name;

    @Column(name = "alt_name")
    private String altName;

    @Column(name = "host_institution")
    private String hostInstitution;

    @Column(name = "host_city")
    private String hostCity;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lat", column = @Column(name = "lat")),
            @AttributeOverride(name = "lon", column = @Column(name = "lon"))})
    private GeoPoint location;

    @ManyToMany
    @JoinTable(name = "organisation_county",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "county_number"))
    @OrderBy("number")
    private Set<County> counties = new LinkedHashSet<>();

    @Version
    private long version;

    protected Organisation() {
    }

    /** A new organisation, covering no counties yet. */
    public Organisation(String id, OrganisationType type, String name, GeoPoint location) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.location = location;
    }

    public String id() {
        return id;
    }

    public OrganisationType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String altName() {
        return altName;
    }

    public String hostInstitution() {
        return hostInstitution;
    }

    public String hostCity() {
        return hostCity;
    }

    /** Where the organisation sits; statsforvalter offices have no single seat in the reference data. */
    public Optional<GeoPoint> location() {
        return Optional.ofNullable(location);
    }

    public Set<County> counties() {
        return Set.copyOf(counties);
    }

    public boolean covers(String countyNumber) {
        return counties.stream().anyMatch(c -> c.number().equals(countyNumber));
    }
}
