package io.kubequiz.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A learner in a MockMvc test: one browser, French or English, forms posted with their CSRF token. The browser keeps
 * its session both ways a server may keep it: as the servlet container's (a MockMvc session) and as the cookies the
 * server sets (Spring Session's cookie, on the {@code postgres} profile).
 */
public final class Learner {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String PASSWORD = "kube-net-42";

    private final MockMvc mvc;
    private final String username;
    private String language = "fr";
    private MockHttpSession session = new MockHttpSession();
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    private Learner(MockMvc mvc, String username) {
        this.mvc = mvc;
        this.username = username;
    }

    /** Registers a new learner with a unique name; they are signed in afterwards. */
    public static Learner register(MockMvc mvc) throws Exception {
        Learner learner = new Learner(mvc, "learner" + COUNTER.incrementAndGet() + "-" + shortId());
        MvcResult result = learner.post(
                "/register",
                form("username", learner.username, "displayName", "Learner " + learner.username, "password", PASSWORD));
        if (result.getResponse().getStatus() != 302) {
            throw new IllegalStateException(
                    "registration failed: " + result.getResponse().getContentAsString());
        }
        return learner;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** An existing account, signed in with its username and password. */
    public static Learner logIn(MockMvc mvc, String username, String password) throws Exception {
        Learner learner = new Learner(mvc, username);
        MvcResult result = learner.post("/login", form("username", username, "password", password));
        if (!Set.of("/quizzes", "/dashboard").contains(result.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("login failed for " + username);
        }
        return learner;
    }

    /** A browser nobody has signed in with yet, sending {@code Accept-Language: fr}. */
    public static Learner visitor(MockMvc mvc) {
        return new Learner(mvc, null);
    }

    /** The {@code Accept-Language} header this browser sends from now on. */
    public Learner acceptLanguage(String header) {
        this.language = header;
        return this;
    }

    public Learner inEnglish() {
        this.language = "en";
        return this;
    }

    public String username() {
        return username;
    }

    /** Forgets the session (a new browser) and logs in again. */
    public Learner logInAgain() throws Exception {
        session = new MockHttpSession();
        cookies.clear();
        MvcResult result = post("/login", form("username", username, "password", PASSWORD));
        if (!Set.of("/quizzes", "/dashboard").contains(result.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException(
                    "login failed: " + result.getResponse().getRedirectedUrl());
        }
        return this;
    }

    public MvcResult get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    public MvcResult post(String url, MultiValueMap<String, String> params) throws Exception {
        return perform(MockMvcRequestBuilders.post(url).params(params).with(csrf()));
    }

    /** A multipart form with one file, as a browser sends an upload. */
    public MvcResult upload(String url, String field, String fileName, byte[] content) throws Exception {
        return perform(MockMvcRequestBuilders.multipart(url)
                .file(new MockMultipartFile(field, fileName, "application/octet-stream", content))
                .with(csrf()));
    }

    public MvcResult postWithoutCsrf(String url, MultiValueMap<String, String> params) throws Exception {
        return perform(MockMvcRequestBuilders.post(url).params(params));
    }

    /** Sends a request from this learner's browser: their session, their cookies, their language. */
    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request.session(session).header("Accept-Language", language))
                .andReturn();
        if (result.getRequest().getSession(false) instanceof MockHttpSession current) {
            session = current;
        }
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    /** The page a redirect leads to. */
    public MvcResult follow(MvcResult redirect) throws Exception {
        return get(redirect.getResponse().getRedirectedUrl());
    }

    public static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    public static MultiValueMap<String, String> none() {
        return new LinkedMultiValueMap<>();
    }
}
