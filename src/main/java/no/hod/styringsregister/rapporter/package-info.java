/**
 * Overviews produced instead of collected: the start page after login, and (to come) the tertial and annual status
 * reports. Reads the other modules through their public APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapporter")
package no.hod.styringsregister.rapporter;
