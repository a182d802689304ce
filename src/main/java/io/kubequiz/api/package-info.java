/** The REST API under /api/v1: the public catalogue of quizzes and objectives, and (later) score exports. */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package io.kubequiz.api;
