package vn.lienthong.ops.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.ops.PersonalNumbers;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryEntry;

/** A dossier's story: every event the gateway recorded for its code, across flows, oldest first. */
@RestController
class StoryController {

    private final DossierEvents events;

    StoryController(DossierEvents events) {
        this.events = events;
    }

    record Story(String code, List<StoryEntry> events) {
    }

    @GetMapping("/api/dossiers/{code}/story")
    Story story(@PathVariable String code, HttpServletRequest request) {
        return new Story(code, PersonalNumbers.visibleStory(events.story(code), request));
    }
}
