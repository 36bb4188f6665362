package qc.alubot.admin;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

/**
 * What the staff page tests share: a signed-in staff member, and the real knowledge in service
 * whose last reload was refused (so the knowledge page has a problem to show).
 */
abstract class StaffPageTests {

    static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CurrentKnowledge knowledge;

    @BeforeEach
    void knowledgeInService() {
        given(knowledge.get()).willReturn(TestEngine.shared().snapshot());
        given(knowledge.lastLoad()).willReturn(Optional.of(new LoadResult(Optional.empty(),
                List.of(Problem.error("knowledge/passages/en/ports.md", 3, "the front matter has no 'title'")),
                TestEngine.CLOCK.instant())));
    }

    String page(String url) throws Exception {
        return page(get(url));
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(STAFF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
