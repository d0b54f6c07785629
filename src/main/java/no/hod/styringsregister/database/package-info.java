/**
 * Where the register keeps its data: an external PostgreSQL server when {@code spring.datasource.url} is set, otherwise
 * a PostgreSQL server the application starts itself from real binaries, with its data in a local folder.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package no.hod.styringsregister.database;
