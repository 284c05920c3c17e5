package no.samkurs.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.samkurs.catalog.offering.boundary.OfferingInput;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Visibility;

import java.util.List;
import java.util.Optional;

/**
 * The editor pages' reads, each in one transaction so the offering is read whole, and the catalog's own validation
 * of the input (the Bean Validation constraints of {@link OfferingInput}) with each message at its field.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    Offerings offerings;

    @Inject
    Validator validator;

    @Transactional
    public Optional<OfferingState> offering(String id) {
        return offerings.byId(id).map(OfferingState::of);
    }

    /** What an organisation leads, co-hosts or is invited to co-host and this reader may read, newest change first. */
    @Transactional
    public List<Listed> ofOrganisation(String organisationId, Reader reader) {
        return offerings.ofOrganisation(organisationId).stream()
                .filter(o -> o.involves(organisationId) && Visibility.canRead(reader, o))
                .map(o -> Listed.of(o, organisationId)).toList();
    }

    public List<FormInput.FieldError> violations(OfferingInput input) {
        return validator.validate(input).stream()
                .map(v -> new FormInput.FieldError(FieldIds.path(v.getPropertyPath()), v.getMessage()))
                .toList();
    }
}
