package no.samkurs.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.roster.control.MunicipalEnrollment;
import no.samkurs.enrollment.roster.control.Roster;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.util.List;
import java.util.Optional;

/**
 * "Kommunens påmeldinger" ({@code /kommune}) for a municipal contact: everyone from the municipality enrolled in
 * anything, newest first, where they stand, and (with {@code alle=ja}) those who cancelled. Enrolling colleagues
 * starts from an offering's page.
 */
@Named
@RequestScoped
public class MunicipalityEnrollments {

    static final String ALL = "alle";

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    Roster roster;

    @Inject
    Regions regions;

    @Inject
    Language language;

    private String municipality;
    private List<MunicipalEnrollment> rows;

    /** The view action: a municipal contact of a municipality (else 403). */
    public void load() {
        Optional<Caller> caller = gate.require(Role.Names.MUNICIPAL_CONTACT).flatMap(reader -> menu.person())
                .filter(Person::isActive).map(Caller::of);
        if (caller.isEmpty()) {
            return;
        }
        municipality = caller.get().municipality();
        if (municipality == null || !caller.get().maySeeMunicipality(municipality)) {
            gate.refuse(403);
        }
    }

    public List<MunicipalEnrollment> getRows() {
        if (rows == null) {
            rows = municipality == null ? List.of() : roster.ofMunicipality(municipality, isAll());
        }
        return rows;
    }

    public String getName() {
        return municipality == null ? "" : regions.municipality(municipality).map(m -> m.name()).orElse(municipality);
    }

    public boolean isAll() {
        return "ja".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(ALL));
    }

    /** The service's name in the reader's language. */
    public String service(String code) {
        return Services.label(code, language.getLocale());
    }

    public long count(String status) {
        return getRows().stream().filter(r -> r.status().equals(status)).count();
    }
}
