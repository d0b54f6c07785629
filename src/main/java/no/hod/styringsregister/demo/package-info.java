/**
 * Demo mode: on an empty database, fills the register with known users and the seed documents so a new user meets a
 * populated register. On by default with the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package no.hod.styringsregister.demo;
