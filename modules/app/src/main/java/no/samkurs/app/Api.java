package no.samkurs.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Every REST resource of every component is served under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Samkurs API",
        version = "1",
        description = "Én felles regional kalender for kompetansetilbud til tjenestene for barn og unge: "
                + "KoRUS, RVTS, RKBU/RBUP og statsforvalterne publiserer kurs, webinarer og læringsnettverk "
                + "ett sted. Feil svares som application/problem+json (RFC 9457).",
        contact = @Contact(name = "Samkurs"),
        license = @License(name = "Referansedata: © Kartverket (CC BY 4.0), Statistisk sentralbyrå, GeoNames (CC BY 4.0)")))
public class Api extends Application {
}
