/**
 * Assignments (oppdrag) from the allocation letters: browse, search, route to a division, keep status current, with
 * full history and Offl. § 22 protection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oppdrag")
package no.hod.styringsregister.oppdrag;
