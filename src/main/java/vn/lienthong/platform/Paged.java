package vn.lienthong.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** One page of a list as the API answers it: the items, which page of what size, and how many there are in all. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    /** Refuses (400) a page below 0 or a size outside 1..max. */
    public static void check(int page, int size, int max) {
        if (page < 0 || size < 1 || size > max) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page >= 0 and size 1.." + max);
        }
    }
}
