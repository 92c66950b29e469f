package vn.lienthong.reconcile.internal;

import java.util.List;

/**
 * A source read one page at a time, from a position. Offset-paged sources can tell the next position before
 * the page is read, so several pages can be fetched side by side; a keyset-paged one cannot.
 */
interface PageSource<T> {

    Object first();

    /** The position after this one if it can be told before that page is read, else null. */
    default Object guessNext(Object position) {
        return null;
    }

    Page<T> fetch(Object position);

    /** Items of one page, the position of the next page (null: this is the last), and the source's total if it gives one. */
    record Page<T>(List<T> items, Object next, long total) {
    }
}
