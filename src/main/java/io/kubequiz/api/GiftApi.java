package io.kubequiz.api;

import io.kubequiz.account.AccountUser;
import io.kubequiz.interop.GiftExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A quiz as a GIFT file for Moodle: trainers only, since it holds the answers. A question GIFT cannot express is left
 * out, and the file's first comment lines say which and why.
 */
@RestController
@Tag(name = "GIFT", description = "Quizzes as Moodle GIFT files.")
class GiftApi {

    static final MediaType GIFT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final GiftExports exports;

    GiftApi(GiftExports exports) {
        this.exports = exports;
    }

    @GetMapping(value = "/api/v1/quizzes/{quizId}/gift", produces = "text/plain")
    @Operation(
            summary = "Export a quiz as GIFT",
            description = "A built-in quiz, or one of the caller's imported question sets, in Moodle's GIFT format "
                    + "(UTF-8): categories from the course sections, each question named by its id, Markdown texts, "
                    + "feedback per option and general feedback. Trainers and admins only: the file holds the answers.")
    @ApiResponse(
            responseCode = "200",
            description = "The GIFT file, as an attachment.",
            content = @Content(mediaType = "text/plain", examples = @ExampleObject(value = """
                                    // DNS name format (en)
                                    // Kubequiz, GIFT for Moodle: texts in Markdown, one question per block.

                                    $CATEGORY: $course$/top/DNS name format/Internal DNS with CoreDNS

                                    ::s73-name-service-fqdn::[markdown]The `web` Service lives in the `shop` \
                                    namespace (…). Give the fully qualified domain name (FQDN) of this Service.{
                                    \t=web.shop.svc.cluster.local
                                    \t=web.shop.svc.cluster.local.
                                    \t####A Service gets an A record of the form \
                                    `<service>.<namespace>.svc.<domain>` (…) (§7.3).
                                    }
                                    """)))
    ResponseEntity<String> gift(
            @Parameter(description = "The quiz, or an imported set (`set-<id>`).", example = "dns-names") @PathVariable
                    String quizId,
            @Parameter(
                            description = "The language of the texts, fr (default) or en; an imported set has one.",
                            schema = @Schema(allowableValues = {"fr", "en"}),
                            example = "en")
                    @RequestParam(name = "lang", required = false)
                    String lang,
            @AuthenticationPrincipal AccountUser user) {
        Locale locale = language(lang);
        GiftExports.Export export = exports.export(quizId, locale, user);
        return ResponseEntity.ok()
                .contentType(GIFT)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(export.text());
    }

    private static Locale language(String lang) {
        if (lang == null || lang.equals("fr")) {
            return Locale.FRENCH;
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new BadParameterException("lang", lang, "api.problem.badLang");
    }
}
