/**
 * Overviews produced instead of collected: the start page after login, and the status reports of an agency's year
 * (page, Excel, PDF) replayed from the history as it stood on a date. Reads the other modules through their public
 * APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapporter")
package no.hod.styringsregister.rapporter;
