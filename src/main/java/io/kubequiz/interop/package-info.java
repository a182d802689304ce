/**
 * Questions in and out in Moodle's GIFT format, as plain Java: reading an uploaded file's text ({@link
 * io.kubequiz.interop.GiftText}), parsing it ({@link io.kubequiz.interop.GiftParser}), turning parsed questions into
 * the bank's questions ({@link io.kubequiz.interop.GiftImporter}) and writing a quiz as GIFT ({@link
 * io.kubequiz.interop.GiftWriter}). No web pages, storage or Spring beans: those are built on this API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop")
package io.kubequiz.interop;
