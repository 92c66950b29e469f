package vn.lienthong.simulator.provincial;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dossier change feed, one dossier, and the export for reconciliation. */
@RestController
@RequestMapping("/sim/provincial/api/v1/dossiers")
class DossierController {

    private final DossierBook book;

    DossierController(DossierBook book) {
        this.book = book;
    }

    @GetMapping("/changes")
    Map<String, Object> changes(@RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "100") int limit) {
        return FeedAnswer.of(book.changes(cursor, Params.within("limit", limit, 1, 1000)));
    }

    @GetMapping("/{code}")
    ResponseEntity<byte[]> one(@PathVariable String code) {
        DossierRecord record = book.byCode(code);
        if (record == null) {
            throw ApiError.notFound("no dossier " + code);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(record.served());
    }

    @GetMapping
    Map<String, Object> export(@RequestParam String updatedFrom, @RequestParam String updatedTo,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "1000") int size) {
        return book.export(Params.instant("updatedFrom", updatedFrom), Params.instant("updatedTo", updatedTo),
                Params.within("page", page, 0, Integer.MAX_VALUE), Params.within("size", size, 1, 5000));
    }
}
