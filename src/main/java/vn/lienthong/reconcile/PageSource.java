package vn.lienthong.reconcile;

import java.util.List;

/** A source read one page at a time: the first page from null, each next one from the page before. */
interface PageSource<T> {

    Page<T> fetch(Page<T> previous);

    /** Items of one page, where to continue from (source-specific), and the source's own total if it gives one. */
    record Page<T>(List<T> items, Object next, boolean last, long total) {
    }
}
