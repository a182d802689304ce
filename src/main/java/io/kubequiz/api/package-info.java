/**
 * The REST API under /api/v1: the public catalogue of quizzes and objectives; for trainers and admins, their classes
 * and the item statistics of an assignment (errors as RFC 9457 {@code application/problem+json}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package io.kubequiz.api;
