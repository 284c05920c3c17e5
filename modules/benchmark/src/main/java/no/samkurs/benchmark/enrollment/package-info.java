/**
 * The enrollment burst (issue 10): participants with bearer tokens and a 500-seat webinar written by JDBC, a client
 * that sends each token's enrollment exactly once over keep-alive connections, the checks of what the database holds
 * afterwards, and the physical limit it is compared with (single-row INSERT + COMMIT), used by
 * {@code modules/benchmark/enrollment.sh} (and, for the burst whose messages it delivers, {@code notification.sh}).
 */
package no.samkurs.benchmark.enrollment;
