/** Cross-cutting concerns: security, languages, error pages, the shared layout and clock, backups of the H2 database. */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kubequiz.system;
