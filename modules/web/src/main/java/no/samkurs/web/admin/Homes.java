package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.PersonRule;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Arrays;
import java.util.Optional;

/** The municipality and organisation a person form names, for the directory's rules; and its other refusals. */
@RequestScoped
class Homes {

    @Inject
    Regions regions;

    @Inject
    Organisations organisations;

    @Inject
    AdminTexts texts;

    Municipality municipality(PersonInput input) {
        return input.getMunicipality() == null ? null : regions.municipality(input.getMunicipality()).orElse(null);
    }

    Organisation organisation(PersonInput input) {
        return input.getOrganisation() == null ? null : organisations.byId(input.getOrganisation()).orElse(null);
    }

    /**
     * A refusal the form could not foresee (a municipality removed meanwhile) next to the field it names: a rule
     * of the person's in the reader's language, anything else in the directory's own words (bokmål).
     */
    void report(RuleViolation violation) {
        String field = violation.field() == null ? null : PersonInput.FIELDS.get(violation.field());
        Optional<PersonRule> rule = Arrays.stream(PersonRule.values())
                .filter(r -> r.message().equals(violation.getMessage())).findFirst();
        if (rule.isPresent()) {
            texts.error(field, PersonInput.of(rule.get()).key());
        } else {
            FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    violation.getMessage(), violation.getMessage()));
        }
    }
}
