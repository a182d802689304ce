package io.kubequiz.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.kubequiz.system.SecurityConfiguration;
import io.kubequiz.system.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The registration controller alone: validation and the taken-name race, with the service mocked. */
@WebMvcTest(AccountController.class)
@Import({SecurityConfiguration.class, WebConfiguration.class})
class AccountControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Registration registration;

    @MockitoBean
    ClassCodes classCodes;

    @Test
    void showsAnEmptyForm() throws Exception {
        mvc.perform(get("/register").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountController.REGISTER_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Créer mon compte")));
    }

    @Test
    void invalidFormIsShownAgainWithoutCallingTheService() throws Exception {
        mvc.perform(post("/register")
                        .param("username", "a")
                        .param("displayName", "A")
                        .param("password", "kube-net-42")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Size"));
        verify(registration, never()).registerStudent(any(), any());
    }

    @Test
    void losingTheRaceForAUsernameShowsItAsTaken() throws Exception {
        when(registration.registerStudent(any(), any())).thenThrow(new Registration.UsernameTakenException());
        mvc.perform(post("/register")
                        .param("username", "racer")
                        .param("displayName", "Racer")
                        .param("password", "kube-net-42")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "register.username.taken"));
    }

    @Test
    void aValidFormSignsInAndGoesToTheQuizzes() throws Exception {
        when(registration.registerStudent(any(), any()))
                .thenReturn(new AccountUser(7, "valid", "Valid", Role.STUDENT, "{noop}x"));
        mvc.perform(post("/register")
                        .param("username", "valid")
                        .param("displayName", "Valid")
                        .param("password", "kube-net-42")
                        .with(csrf()))
                .andExpect(redirectedUrl("/quizzes"));
    }
}
