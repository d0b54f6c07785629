/**
 * Agencies (etater) and their organisation units (divisions and departments) that assignments are routed to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasjon")
package no.hod.styringsregister.organisasjon;
