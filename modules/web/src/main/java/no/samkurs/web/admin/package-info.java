/**
 * The administrator's pages: people (find, create, change roles and home, deactivate), organisations with the
 * counties they cover and their people, and the outbox of messages by mail (what waits, was sent or failed, each
 * with its content as sent, and a failed one tried again; the notification component's {@code Notices}).
 * Every page lets administrators only ({@link no.samkurs.web.admin.AdminGate}); the rules of people are the
 * directory's, on {@code Person}, and every change of them goes through its {@code Accounts}.
 */
package no.samkurs.web.admin;
