/**
 * Questions in and out of Kubequiz in Moodle's GIFT format: a quiz exported as GIFT, and a trainer's GIFT file
 * previewed, then imported as a question set they can assign. The format itself is plain Java: reading an uploaded
 * file's text ({@link io.kubequiz.interop.GiftText}), parsing it ({@link io.kubequiz.interop.GiftParser}), turning
 * parsed questions into the bank's questions ({@link io.kubequiz.interop.GiftImporter}) and writing a quiz as GIFT
 * ({@link io.kubequiz.interop.GiftWriter}); the pages and the export endpoint are built on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop")
package io.kubequiz.interop;
