/**
 * Allocation letters (tildelingsbrev): the original files, their import with review before commit, and what each
 * letter produced in the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tildelingsbrev")
package no.hod.styringsregister.tildelingsbrev;
