/**
 * The administrator's pages: people (find, create, change roles and home, deactivate) and organisations with the
 * counties they cover and their people. Every page lets administrators only ({@link no.samkurs.web.admin.AdminGate});
 * the rules are the directory's, on {@code Person}, and every change goes through its {@code Accounts}.
 */
package no.samkurs.web.admin;
