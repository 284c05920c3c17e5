package no.samkurs.catalog.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.catalog.search.control.Indexing;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the search index is built: before that the search answers 503, so no traffic should come here. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    Indexing indexing;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search").status(indexing.isReady()).build();
    }
}
