package org.sanayan.learning;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import org.sanayan.web.Chrome;

/**
 * A lesson: its rendered text under its title, the course menu, previous and next lessons.
 *
 * @param bodyLang     the language of the text shown (English when there is no translation)
 * @param untranslated the reader asked for a language this lesson has no translation in
 */
public record LessonPage(Chrome chrome, String title, Content body, String bodyLang, boolean untranslated,
                         String minutes, String courseTitle, String courseHref, List<Items.ModuleItem> menu,
                         Optional<String> glossaryHref, Optional<Items.Link> previous, Optional<Items.Link> next,
                         Completion completion, Optional<Content> box) {

    /**
     * The lesson's completion box.
     *
     * @param loggedIn  false: the box invites the reader to log in
     * @param done      the lesson counts as complete
     * @param hasQuiz   the lesson completes by passing its quiz (no button)
     * @param blockedBy in a sequential course, the first lesson of an earlier module still to finish
     * @param action    the lesson's address, to which /complete or /uncomplete is added
     * @param next      the next lesson, offered as the way on once this one is done
     */
    public record Completion(boolean loggedIn, boolean done, boolean hasQuiz, Optional<Items.Link> blockedBy,
                             String action, Optional<Items.Link> next) {
    }
}
