/**
 * The API description at {@code /openapi}: Payara builds it from the resources' annotations, {@link
 * no.samkurs.app.openapi.ApiDescription} completes it with what holds for every operation (sign-in, problem
 * responses, unique ids) and removes what OpenAPI 3.0 does not allow.
 */
package no.samkurs.app.openapi;
