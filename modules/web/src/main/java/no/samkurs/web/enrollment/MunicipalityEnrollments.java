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
import no.samkurs.web.admin.Paging;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.util.List;
import java.util.Map;
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
    static final int SIZE = 50;

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
    private Map<String, Long> counts;
    private Paging paging;

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

    /** The page asked for ({@code side}), newest first, 50 to a page. */
    public List<MunicipalEnrollment> getRows() {
        if (rows == null) {
            paging = Paging.of(Paging.requested(parameter("side")), total(), SIZE);
            rows = municipality == null ? List.of()
                    : roster.ofMunicipality(municipality, isAll(), paging.first(), SIZE);
        }
        return rows;
    }

    public Paging getPaging() {
        getRows();
        return paging;
    }

    /** The address of another page of the same list. */
    public String pageHref(int page) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/kommune?" + (isAll() ? ALL + "=ja&" : "") + "side=" + page;
    }

    public String getName() {
        return municipality == null ? "" : regions.municipality(municipality).map(m -> m.name()).orElse(municipality);
    }

    public boolean isAll() {
        return "ja".equals(parameter(ALL));
    }

    /** The service's name in the reader's language. */
    public String service(String code) {
        return Services.label(code, language.getLocale());
    }

    /** How many in the whole list (not only this page) have the status. */
    public long count(String status) {
        if (counts == null) {
            counts = municipality == null ? Map.of() : roster.countsOfMunicipality(municipality, isAll());
        }
        return counts.getOrDefault(status, 0L);
    }

    private long total() {
        return count("confirmed") + count("waitlisted") + count("cancelled");
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
