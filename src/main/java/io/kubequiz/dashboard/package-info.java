/** Trainer views: class results, objective heat map, item statistics. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package io.kubequiz.dashboard;
