package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The app's own files and its WebJars: pages link them by content hash or WebJar version, those links are served with
 * a year's cache; links to pages are left as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticFilesTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkVersionedFilesThatBrowsersKeepForAYear() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        List<String> assets =
                ASSET.matcher(login).results().map(m -> m.group(1)).distinct().toList();

        assertThat(assets)
                .anyMatch(a -> a.matches("/css/kubequiz-[0-9a-f]{32}\\.css"))
                .anyMatch(a -> a.matches("/js/kubequiz-[0-9a-f]{32}\\.js"))
                .anyMatch(a -> a.matches("/img/kubequiz-[0-9a-f]{32}\\.svg"))
                .anyMatch(a -> a.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css"));
        for (String asset : assets) {
            MockHttpServletResponse file = mvc.perform(get(asset)).andReturn().getResponse();
            assertThat(file.getStatus()).as(asset).isEqualTo(200);
            assertThat(file.getContentLength()).as(asset).isPositive();
            assertThat(file.getHeader("Cache-Control")).as(asset).isEqualTo("max-age=31536000, public, immutable");
        }
    }

    @Test
    void theUnversionedPathStillServesTheFile() throws Exception {
        MockHttpServletResponse css =
                mvc.perform(get("/css/kubequiz.css")).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentAsString()).isNotBlank();
    }

    @Test
    void pageLinksAreLeftAsTheyAreAndAnUnknownFileIsNotFound() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/login\"").contains("href=\"/register\"");
        assertThat(mvc.perform(get("/css/missing.css"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
