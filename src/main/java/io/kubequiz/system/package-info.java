/** Cross-cutting web concerns: security, languages, error pages, the shared layout and clock. */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kubequiz.system;
