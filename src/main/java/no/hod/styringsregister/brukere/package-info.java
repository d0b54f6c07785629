/**
 * Users, roles, clearance for content exempt from public disclosure (Offl. § 22), login and the security rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Brukere og sikkerhet")
package no.hod.styringsregister.brukere;
