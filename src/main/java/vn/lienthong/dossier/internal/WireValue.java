package vn.lienthong.dossier.internal;

/** An enum constant's spelling in the provincial system's JSON. */
public interface WireValue {

    String wire();
}
